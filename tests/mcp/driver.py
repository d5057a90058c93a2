"""Drives `anki-cli mcp` with the official MCP Python SDK against the real AnkiConnect add-on.

    python tests/mcp/driver.py BINARY ANKI_URL EXPECTED_TOOL_COUNT

Run by tests/cli/mcp.rs. Prints one line per check and a closing 'N passed, N failed' line;
exits non-zero on the first failed check.
"""

import asyncio
import json
import os
import sys
import time

import jsonschema
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

BINARY, URL, EXPECTED = sys.argv[1], sys.argv[2], int(sys.argv[3])
passed = 0


def check(what, ok, detail=""):
    global passed
    if not ok:
        print(f"FAIL {what}: {detail}", flush=True)
        print(f"{passed} passed, 1 failed", flush=True)
        # Out at once: the servers see their stdin close and end.
        os._exit(1)
    passed += 1
    print(f"ok   {what}", flush=True)


def server(*flags):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANKI_CLI_")}
    env["ANKI_CLI_URL"] = URL
    env["ANKI_CLI_CONFIG"] = os.path.join(os.path.dirname(BINARY), "no-such-config.toml")
    return StdioServerParameters(command=BINARY, args=["mcp", *flags], env=env)


def texts(result):
    return [c.text for c in result.content if getattr(c, "type", "") == "text"]


def value(result):
    """The tool's result: the JSON that `-o json` prints."""
    return json.loads(texts(result)[0])


def error(result):
    """The error object of a failed call (its last content block)."""
    return json.loads(texts(result)[-1])["error"]


async def with_session(flags, body):
    async with stdio_client(server(*flags)) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            await body(session)


async def main_checks(session):
    tools = (await session.list_tools()).tools
    names = [t.name for t in tools]
    check("tools/list lists every non-terminal command", len(tools) == EXPECTED, f"{len(tools)} != {EXPECTED}: {names}")
    for t in tools:
        schema = t.input_schema if hasattr(t, "input_schema") else t.inputSchema
        jsonschema.validators.validator_for(schema).check_schema(schema)
        check(f"{t.name}'s input schema is JSON Schema", schema.get("type") == "object", schema)
        check(f"{t.name} has a short description", 0 < len(t.description or "") <= 300, t.description)
    for gone in ["repl", "mcp", "completions", "note_edit"]:
        check(f"{gone} is no tool", gone not in names)
    check("gui commands are no tools", not any(n.startswith("gui_") for n in names))

    decks = await session.call_tool("deck_list", {})
    check("deck_list answers AnkiConnect's result", not decks.is_error and "Default" in value(decks), texts(decks))

    deck = f"mcp_test_{int(time.time() * 1000)}"
    created = await session.call_tool("deck_create", {"names": [deck]})
    check("deck_create prints the bare deck ID", isinstance(value(created), int), texts(created))
    added = await session.call_tool(
        "note_add",
        {"deck": deck, "model": "Basic", "fields": ["Front=mcp front", "Back=mcp back"], "tags": ["mcp"]},
    )
    check("note_add with fields adds a note", not added.is_error and isinstance(value(added), int), texts(added))
    nid = value(added)
    found = await session.call_tool("note_find", {"query": f"deck:{deck} tag:mcp"})
    check("note_find finds it", value(found) == [nid], texts(found))

    missing = await session.call_tool("note_add", {"deck": "mcp no such deck", "model": "Basic", "fields": ["Front=x"]})
    err = error(missing) if missing.is_error else {}
    check("a missing deck is an error object", missing.is_error and err.get("kind") == "not_found", texts(missing))
    check("the error object has every field", set(err) == {"code", "kind", "message", "hints", "action", "rows"}, err)
    check("its code is the exit code", err.get("code") == 1, err)

    bad = await session.call_tool("note_add", {"deck": deck, "url": "http://elsewhere"})
    check("an argument that is no flag is refused", bad.is_error and error(bad)["kind"] == "usage", texts(bad))

    schemas = {t.name: (t.input_schema if hasattr(t, "input_schema") else t.inputSchema) for t in tools}
    for name, key in [("note_delete", "notes"), ("note_info", "notes"), ("tag_add", "notes"), ("card_suspend", "cards")]:
        prop = schemas[name]["properties"][key]
        check(f"{name}'s {key} is an array of integers", prop.get("type") == "array" and prop.get("items") == {"type": "integer"}, prop)
    validator = jsonschema.validators.validator_for(schemas["note_info"])(schemas["note_info"])
    check("an ID list of integers fits note_info's schema", validator.is_valid({"notes": [nid]}))
    check("an ID list of strings does not", not validator.is_valid({"notes": [str(nid)]}))
    tagged = await session.call_tool("tag_add", {"notes": [nid], "tags": "mcp_ids"})
    check("tag_add takes an integer ID list", not tagged.is_error, texts(tagged))
    info = await session.call_tool("note_info", {"notes": [nid]})
    info_value = value(info) if not info.is_error else []
    check(
        "note_info with an integer ID list shows the note and the new tag",
        [n.get("noteId") for n in info_value] == [nid] and "mcp_ids" in info_value[0].get("tags", []),
        texts(info),
    )
    nothing = await session.call_tool("card_suspend", {"query": f"deck:{deck} tag:no_such_tag"})
    check(
        "a --query matching nothing is a success, as its exit 0 is",
        not nothing.is_error and "no cards match" in texts(nothing)[0],
        texts(nothing),
    )
    piped = await session.call_tool("note_info", {"notes": ["-"]})
    check("'-' (the server's own stdin) is refused as an ID", piped.is_error and error(piped)["kind"] == "usage", texts(piped))

    refused = await session.call_tool("note_delete", {"notes": [nid]})
    check(
        "note_delete is refused without --allow-destructive",
        refused.is_error and error(refused)["kind"] == "consent_needed",
        texts(refused),
    )
    raw = await session.call_tool("api", {"action": "deleteNotes", "params": json.dumps({"notes": [nid]})})
    check("api is refused without --allow-destructive", raw.is_error and error(raw)["kind"] == "consent_needed", texts(raw))
    still = await session.call_tool("note_find", {"query": f"nid:{nid}"})
    check("the note is still there", value(still) == [nid], texts(still))
    return deck, nid


async def run():
    state = {}

    async def first(session):
        state["deck"], state["nid"] = await main_checks(session)

    await with_session([], first)

    async def destructive(session):
        done = await session.call_tool("note_delete", {"notes": [state["nid"]]})
        check("note_delete runs with --allow-destructive", not done.is_error, texts(done))
        gone = await session.call_tool("note_find", {"query": f"nid:{state['nid']}"})
        check("the note is gone", value(gone) == [], texts(gone))

    await with_session(["--allow-destructive"], destructive)

    async def read_only(session):
        tools = (await session.list_tools()).tools
        names = [t.name for t in tools]
        writing = [t.name for t in tools if not (t.annotations and t.annotations.read_only_hint)]
        check("--read-only lists no writing tool", not writing and "note_add" not in names and "api" not in names, writing)
        check("--read-only keeps the reads", "deck_list" in names and "note_find" in names, names)
        called = await session.call_tool("note_add", {"deck": state["deck"], "model": "Basic", "fields": ["Front=y"]})
        check("--read-only refuses a writing tool", called.is_error and error(called)["kind"] == "usage", texts(called))

    await with_session(["--read-only"], read_only)

    async def dry(session):
        shown = await session.call_tool("note_add", {"deck": state["deck"], "model": "Basic", "fields": ["Front=dry", "Back=run"]})
        request = value(shown) if not shown.is_error else {}
        check("--dry-run returns the request it would send", request.get("action") == "addNote", texts(shown))

    await with_session(["--dry-run"], dry)

    async def after_dry(session):
        found = await session.call_tool("note_find", {"query": f"deck:{state['deck']} Front:dry"})
        check("--dry-run sent nothing", value(found) == [], texts(found))

    await with_session([], after_dry)
    print(f"{passed} passed, 0 failed", flush=True)


asyncio.run(run())
