"""Record helpers. They store what they are given and add no wording."""
import sys

sys.dont_write_bytecode = True


def _r(key, day, source, kind, content, meta):
    return {"key": key, "day": day, "source": source, "kind": kind, "content": content, "metadata": meta}


def sh(key, day, cmd, out="", code=0, cwd=None):
    return _r(key, day, "shell", "command", cmd + ("\n" + out if out else ""), {"exit_code": code, "cwd": cwd})


def commit(key, day, msg, files):
    lines = "\n".join(" %s %s" % (f[0], f[2:]) for f in files)
    return _r(key, day, "git", "commit", msg + "\n\n" + lines, {"files": [f[2:] for f in files]})


def note(key, day, text, source="notes"):
    return _r(key, day, source, "note", text, {})


def chat(key, day, user, assistant, source="openai", files=None):
    return _r(key, day, source, "chat", "User: " + user + "\nAssistant: " + assistant,
              {"files": files} if files else {})


def edit(key, day, path, text, source="editor", kind="edit"):
    return _r(key, day, source, kind, path + "\n" + text, {"files": [path]})


def filler(lo, hi, rec):
    rec = dict(rec)
    rec["window"] = (lo, hi)
    return rec


def pool(lo, hi, weight, cmd, out="", code=0):
    return {"window": (lo, hi), "weight": weight, "cmd": cmd, "out": out, "code": code}


def q(qtype, text, answers, outdated=(), distract=(), key=None, note="", null=False):
    return {"type": qtype, "question": text, "answers": list(answers), "outdated": list(outdated),
            "distract": list(distract), "key": key, "note": note, "null": null}
