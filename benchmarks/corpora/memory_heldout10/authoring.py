"""Record helpers. They store what they are given and add no wording.

`day` is an int for hand-placed records, or a (lo, hi) window for fillers that the
scheduler places once on an active day of the project inside the window.
"""


def sh(key, day, cmd, out="", code=0, cwd=None):
    content = cmd if not out else cmd + "\n" + out
    return {"key": key, "day": day, "source": "shell", "kind": "command", "content": content,
            "meta": {"exit_code": code, "cwd": cwd}}


def commit(key, day, msg, files, branch="main"):
    body = msg + "\n\n" + "\n".join(" " + f for f in files)
    paths = [f.split(" ", 1)[1] for f in files]
    return {"key": key, "day": day, "source": "git", "kind": "commit", "content": body,
            "meta": {"files": paths, "branch": branch}}


def note(key, day, text, cli=None):
    # cli=None: the scheduler decides notes vs cli
    return {"key": key, "day": day, "source": "notes", "kind": "note", "content": text,
            "meta": {}, "cli": cli}


def chat(key, day, text, src="openai", files=None):
    return {"key": key, "day": day, "source": src, "kind": "chat", "content": text,
            "meta": ({"files": list(files)} if files else {})}


def edit(key, day, path, desc, src="editor"):
    return {"key": key, "day": day, "source": src, "kind": "edit", "content": path + "\n" + desc,
            "meta": {"files": [path]}}


def file(key, day, path, snippet):
    return {"key": key, "day": day, "source": "editor", "kind": "file", "content": path + "\n" + snippet,
            "meta": {"files": [path]}}


def pool_cmd(cmd, out="", code=0, lo=0, hi=60, w=1, cwd=None):
    content = cmd if not out else cmd + "\n" + out
    return {"content": content, "lo": lo, "hi": hi, "w": w, "exit_code": code, "cwd": cwd}


def q(qtype, question, answers, note, outdated=(), project="home", distractors=(), keys=()):
    """project='home' means the module's project; None means a null (any-project) question."""
    return {"type": qtype, "question": question, "answers": list(answers), "note": note,
            "outdated": list(outdated), "project": project, "distractors": list(distractors),
            "keys": list(keys)}
