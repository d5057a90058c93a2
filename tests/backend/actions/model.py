"""Note type (model) actions, with the add-on's semantics and error texts."""

from .registry import action


def get_model(col, name):
    model = col.models.by_name(name)
    if model is None:
        raise Exception("model was not found: {}".format(name))
    return model


@action
def modelNames(backend):
    return [m.name for m in backend.col.models.all_names_and_ids()]


@action
def modelFieldNames(backend, modelName):
    return [field["name"] for field in get_model(backend.col, modelName)["flds"]]
