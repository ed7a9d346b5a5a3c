"""Record helpers. They store what they are given and add no wording.

`day` is either an int (hand-placed fact/distractor record) or a (lo, hi) window
(filler: the builder places it once on an active day inside the window)."""


def _rec(key, day, kind, source, content, meta):
    return {"key": key, "day": day, "kind": kind, "source": source,
            "content": content, "meta": meta}


def sh(key, day, cmd, out="", rc=0, cwd=None):
    return _rec(key, day, "command", "shell", cmd + ("\n" + out if out else ""),
                {"exit_code": rc, "cwd": cwd})


def commit(key, day, msg, files, branch="main"):
    body = msg + "\n\n" + "\n".join(" %s %s" % (op, p) for op, p in files)
    return _rec(key, day, "commit", "git", body,
                {"files": [p for _, p in files], "branch": branch})


def note(key, day, text, source=None):
    return _rec(key, day, "note", source, text, {})


def chat(key, day, text, source="openai", files=None):
    return _rec(key, day, "chat", source, text, {"files": files} if files else {})


def edit(key, day, path, desc, source="editor"):
    return _rec(key, day, "edit", source, path + "\n" + desc, {"files": [path]})


def file(key, day, path, snippet):
    return _rec(key, day, "file", "editor", path + "\n" + snippet, {"files": [path]})


def pool(cmd, out="", rc=0, w=1, win=(0, 60), cwd=None):
    """A shell-history pool entry, sampled with repetition on active days."""
    return {"cmd": cmd + ("\n" + out if out else ""), "rc": rc, "w": w, "win": win, "cwd": cwd}


def q(qtype, project, text, answers, outdated=(), forbidden=(), note="", keys=(), distractors=()):
    return {"type": qtype, "project": project, "question": text, "answers": list(answers),
            "outdated": list(outdated), "forbidden": list(forbidden), "note": note,
            "keys": list(keys), "distractors": list(distractors)}
