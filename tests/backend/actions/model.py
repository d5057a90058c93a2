"""Note type (model) actions, with the add-on's semantics and error texts."""

import re

from anki.consts import MODEL_CLOZE

from .registry import action


def get_model(col, name):
    model = col.models.by_name(name)
    if model is None:
        raise Exception("model was not found: {}".format(name))
    return model


def get_field(col, model, name):
    field_map = col.models.field_map(model)
    if name not in field_map:
        raise Exception("field was not found in {}: {}".format(model["name"], name))
    return field_map[name][1]


def get_template(model, name):
    for template in model["tmpls"]:
        if template["name"] == name:
            return template
    raise Exception("template was not found in {}: {}".format(model["name"], name))


def save(col, model):
    col.models.update_dict(model)


def model_names(col):
    return [m.name for m in col.models.all_names_and_ids()]


@action
def modelNames(backend):
    return model_names(backend.col)


@action
def modelNamesAndIds(backend):
    col = backend.col
    return {name: int(col.models.by_name(name)["id"]) for name in model_names(col)}


@action
def findModelsById(backend, modelIds):
    models = []
    for model_id in modelIds:
        model = backend.col.models.get(model_id)
        if model is None:
            raise Exception("model was not found: {}".format(model_id))
        models.append(model)
    return models


@action
def findModelsByName(backend, modelNames):
    return [get_model(backend.col, name) for name in modelNames]


@action
def modelNameFromId(backend, modelId):
    model = backend.col.models.get(modelId)
    if model is None:
        raise Exception("model was not found: {}".format(modelId))
    return model["name"]


@action
def createModel(backend, modelName, inOrderFields, cardTemplates, css=None, isCloze=False):
    col = backend.col
    if len(inOrderFields) == 0:
        raise Exception("Must provide at least one field for inOrderFields")
    if len(cardTemplates) == 0:
        raise Exception("Must provide at least one card for cardTemplates")
    if modelName in model_names(col):
        raise Exception("Model name already exists")
    mm = col.models
    model = mm.new(modelName)
    if isCloze:
        model["type"] = MODEL_CLOZE
    for name in inOrderFields:
        mm.add_field(model, mm.new_field(name))
    if css is not None:
        model["css"] = css
    for number, card in enumerate(cardTemplates, start=1):
        template = mm.new_template(card.get("Name", "Card " + str(number)))
        template["qfmt"] = card["Front"]
        template["afmt"] = card["Back"]
        mm.add_template(model, template)
    mm.add(model)
    return model


@action
def modelFieldNames(backend, modelName):
    return [field["name"] for field in get_model(backend.col, modelName)["flds"]]


@action
def modelFieldDescriptions(backend, modelName):
    return [field.get("description", "") for field in get_model(backend.col, modelName)["flds"]]


@action
def modelFieldFonts(backend, modelName):
    return {f["name"]: {"font": f["font"], "size": f["size"]} for f in get_model(backend.col, modelName)["flds"]}


@action
def modelFieldsOnTemplates(backend, modelName):
    model = get_model(backend.col, modelName)
    templates = {}
    for template in model["tmpls"]:
        sides = []
        for side in ["qfmt", "afmt"]:
            found = []
            for match in re.findall("{{[^#/}]+?}}", template[side]):
                name = re.sub(r"[{}]", "", match).split(":")[-1]
                if name == "FrontSide" or side == "afmt" and name in sides[0]:
                    continue
                found.append(name)
            sides.append(found)
        templates[template["name"]] = sides
    return templates


@action
def modelTemplates(backend, modelName):
    model = get_model(backend.col, modelName)
    return {t["name"]: {"Front": t["qfmt"], "Back": t["afmt"]} for t in model["tmpls"]}


@action
def modelStyling(backend, modelName):
    return {"css": get_model(backend.col, modelName)["css"]}


@action
def updateModelTemplates(backend, model):
    col = backend.col
    anki_model = get_model(col, model["name"])
    templates = model["templates"]
    for anki_template in anki_model["tmpls"]:
        template = templates.get(anki_template["name"])
        if template:
            if template.get("Front"):
                anki_template["qfmt"] = template["Front"]
            if template.get("Back"):
                anki_template["afmt"] = template["Back"]
    save(col, anki_model)


@action
def updateModelStyling(backend, model):
    col = backend.col
    anki_model = get_model(col, model["name"])
    anki_model["css"] = model["css"]
    save(col, anki_model)


@action
def findAndReplaceInModels(backend, modelName, findText, replaceText, front=True, back=True, css=True):
    col = backend.col
    names = model_names(col) if not modelName else [get_model(col, modelName)["name"]]
    updated = 0
    for name in names:
        model = col.models.by_name(name)
        changed = False
        if css and findText in model["css"]:
            changed = True
            model["css"] = model["css"].replace(findText, replaceText)
        for template in model["tmpls"]:
            if front and findText in template["qfmt"]:
                changed = True
                template["qfmt"] = template["qfmt"].replace(findText, replaceText)
            if back and findText in template["afmt"]:
                changed = True
                template["afmt"] = template["afmt"].replace(findText, replaceText)
        save(col, model)
        if changed:
            updated += 1
    return updated


@action
def modelTemplateRename(backend, modelName, oldTemplateName, newTemplateName):
    col = backend.col
    model = get_model(col, modelName)
    get_template(model, oldTemplateName)["name"] = newTemplateName
    save(col, model)


@action
def modelTemplateReposition(backend, modelName, templateName, index):
    col = backend.col
    model = get_model(col, modelName)
    col.models.reposition_template(model, get_template(model, templateName), index)
    save(col, model)


@action
def modelTemplateAdd(backend, modelName, template):
    col = backend.col
    model = get_model(col, modelName)
    name, qfmt, afmt = template["Name"], template["Front"], template["Back"]
    for existing in model["tmpls"]:
        if existing["name"] == name:
            # As in the add-on: an existing template is changed in memory but never saved.
            existing["qfmt"] = qfmt
            existing["afmt"] = afmt
            return
    new = col.models.new_template(name)
    new["qfmt"] = qfmt
    new["afmt"] = afmt
    col.models.add_template(model, new)
    save(col, model)


@action
def modelTemplateRemove(backend, modelName, templateName):
    col = backend.col
    model = get_model(col, modelName)
    col.models.remove_template(model, get_template(model, templateName))
    save(col, model)


@action
def modelFieldRename(backend, modelName, oldFieldName, newFieldName):
    col = backend.col
    model = get_model(col, modelName)
    col.models.rename_field(model, get_field(col, model, oldFieldName), newFieldName)
    save(col, model)


@action
def modelFieldReposition(backend, modelName, fieldName, index):
    col = backend.col
    model = get_model(col, modelName)
    col.models.reposition_field(model, get_field(col, model, fieldName), index)
    save(col, model)


@action
def modelFieldAdd(backend, modelName, fieldName, index=None):
    col = backend.col
    mm = col.models
    model = get_model(col, modelName)
    if fieldName not in mm.field_map(model):
        mm.add_field(model, mm.new_field(fieldName))
    if index is not None:
        mm.reposition_field(model, mm.field_map(model)[fieldName][1], index)
    save(col, model)


@action
def modelFieldRemove(backend, modelName, fieldName):
    col = backend.col
    model = get_model(col, modelName)
    col.models.remove_field(model, get_field(col, model, fieldName))
    save(col, model)


@action
def modelFieldSetFont(backend, modelName, fieldName, font):
    col = backend.col
    model = get_model(col, modelName)
    field = get_field(col, model, fieldName)
    if not isinstance(font, str):
        raise Exception("font should be a string: {}".format(font))
    field["font"] = font
    save(col, model)


@action
def modelFieldSetFontSize(backend, modelName, fieldName, fontSize):
    col = backend.col
    model = get_model(col, modelName)
    field = get_field(col, model, fieldName)
    if not isinstance(fontSize, int):
        raise Exception("fontSize should be an integer: {}".format(fontSize))
    field["size"] = fontSize
    save(col, model)


@action
def modelFieldSetDescription(backend, modelName, fieldName, description):
    col = backend.col
    model = get_model(col, modelName)
    field = get_field(col, model, fieldName)
    if not isinstance(description, str):
        raise Exception("description should be a string: {}".format(description))
    if "description" in field:
        field["description"] = description
        save(col, model)
        return True
    return False
