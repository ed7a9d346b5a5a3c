"""Record helpers for memory_heldout4. They store what they are given and add no wording.

`day` is either an int (hand-placed record, fixed day) or a (lo, hi) window (filler: the
builder places it once on an active day inside the window). `key` is None for fillers.
"""


def _rec(key, day, source, kind, **kw):
    r = {"key": key, "day": day, "source": source, "kind": kind}
    r.update(kw)
    return r


def sh(key, day, cmd, out="", code=0, cwd=None):
    return _rec(key, day, "shell", "command", cmd=cmd, out=out, code=code, cwd=cwd)


def commit(key, day, msg, files, branch="main"):
    return _rec(key, day, "git", "commit", msg=msg, files=list(files), branch=branch)


def note(key, day, text):
    return _rec(key, day, "notes", "note", text=text)


def chat(key, day, text, source="openai", files=None):
    return _rec(key, day, source, "chat", text=text, files=list(files or []))


def edit(key, day, path, desc, source="editor"):
    return _rec(key, day, source, "edit", path=path, desc=desc)


def file(key, day, path, snippet):
    return _rec(key, day, "editor", "file", path=path, snippet=snippet)


def pool(cmd, out="", code=0, w=1, days=(0, 60), cwd=None):
    """A shell-history pool entry; sampled on active days inside `days`."""
    return {"cmd": cmd, "out": out, "code": code, "w": w, "days": days, "cwd": cwd}


def q(qtype, text, answers, outdated=(), forbidden=(), note="", project="", distractors=(), keys=()):
    """project="" means: the module's own project; None means a null-project question."""
    return {"type": qtype, "question": text, "answers": list(answers), "outdated": list(outdated),
            "forbidden": list(forbidden), "note": note, "project": project,
            "distractors": list(distractors), "keys": list(keys)}
