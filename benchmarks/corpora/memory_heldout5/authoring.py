"""Record helpers for the fifth held-out memory set.

They only store what they are given; they add no wording.  A record's ``day`` is
either an int (hand-chosen fact day) or a ``(lo, hi)`` window in which the builder
places the filler on one active day.  ``project`` is normally filled in by the
builder from the module; isolation records pass it explicitly.
"""


def _rec(key, day, kind, source, content, meta=None, project=None):
    return {"key": key, "day": day, "kind": kind, "source": source,
            "content": content, "meta": dict(meta or {}), "project": project}


def sh(key, day, cmd, out="", exit=0, cwd=None, project=None):
    content = cmd if not out else cmd + "\n" + out
    return _rec(key, day, "command", "shell", content,
                {"exit_code": exit, "cwd": cwd}, project)


def commit(key, day, msg, files, branch="main", project=None):
    lines = [" " + f for f in files]
    content = msg + "\n\n" + "\n".join(lines)
    paths = [f.split(" ", 1)[1] for f in files]
    return _rec(key, day, "commit", "git", content,
                {"files": paths, "branch": branch}, project)


def note(key, day, text, project=None):
    return _rec(key, day, "note", "notes", text, {}, project)


def chat(key, day, text, source="openai", files=None, project=None):
    meta = {"files": list(files)} if files else {}
    return _rec(key, day, "chat", source, text, meta, project)


def edit(key, day, path, desc, source="editor", project=None):
    return _rec(key, day, "edit", source, path + "\n" + desc, {"files": [path]}, project)


def file(key, day, path, snippet, project=None):
    return _rec(key, day, "file", "editor", path + "\n" + snippet, {"files": [path]}, project)


def pool(cmd, out="", exit=0, lo=0, hi=60, w=1, cwd=None):
    """A shell-history pool entry, sampled by the builder on active days in [lo, hi]."""
    content = cmd if not out else cmd + "\n" + out
    return {"content": content, "exit_code": exit, "lo": lo, "hi": hi, "w": w, "cwd": cwd}


def q(qtype, project, question, answers, outdated=(), forbidden=(), distractors=(),
      keys=(), note=""):
    """A question.  answers/outdated/forbidden/distractors are record keys."""
    return {"type": qtype, "project": project, "question": question,
            "answers": list(answers), "outdated": list(outdated),
            "forbidden": list(forbidden), "distractors": list(distractors),
            "keys": list(keys), "note": note}
