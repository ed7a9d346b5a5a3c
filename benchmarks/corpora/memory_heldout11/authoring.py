"""Record helpers. They store what they are given and add no wording.

`day` is an int for hand-placed records, or a (first, last) window for fillers that the
builder places once on an active day inside the window.
"""


def _rec(key, day, kind, source, content, meta):
    return {"key": key, "day": day, "kind": kind, "source": source,
            "content": content, "meta": meta}


def sh(key, day, cmd, out="", exit=0, cwd=None):
    content = cmd if not out else cmd + "\n" + out
    return _rec(key, day, "command", "shell", content, {"exit_code": exit, "cwd": cwd})


def commit(key, day, msg, files, branch="main"):
    lines = "\n".join(" %s %s" % (m, p) for m, p in files)
    return _rec(key, day, "commit", "git", msg + "\n\n" + lines,
                {"files": [p for _, p in files], "branch": branch})


def note(key, day, text):
    return _rec(key, day, "note", "notes", text, {})


def chat(key, day, text, src="openai", files=None):
    return _rec(key, day, "chat", src, text, {"files": list(files)} if files else {})


def edit(key, day, path, text, src="editor"):
    return _rec(key, day, "edit", src, path + "\n" + text, {"files": [path]})


def file(key, day, path, text):
    return _rec(key, day, "file", "editor", path + "\n" + text, {"files": [path]})


def pool_cmd(cmd, out="", exit=0, cwd=None, w=1, days=(0, 60)):
    content = cmd if not out else cmd + "\n" + out
    return {"content": content, "exit_code": exit, "cwd": cwd, "w": w, "days": days}


def q(qtype, question, answers, outdated=(), distractors=(), keys=(), note="", null=False):
    return {"type": qtype, "question": question, "answers": list(answers),
            "outdated": list(outdated), "distractors": list(distractors),
            "keys": list(keys), "note": note, "null": null}
