"""Record helpers for memory_heldout6.

They only store what they are given; no wording is generated here.
`day` is an int for hand-placed records, or a (first, last) window for fillers
that the builder places on an active day inside the window.
"""


def sh(key, day, cmd, out=None, code=0, cwd=None):
    text = cmd if out is None else cmd + "\n" + out
    return {"key": key, "day": day, "source": "shell", "kind": "command",
            "content": text, "code": code, "cwd": cwd}


def commit(key, day, msg, files, branch="main"):
    lines = "\n".join(" %s %s" % (flag, path) for flag, path in files)
    return {"key": key, "day": day, "source": "git", "kind": "commit",
            "content": msg + "\n\n" + lines, "files": [p for _, p in files],
            "branch": branch}


def note(key, day, text):
    return {"key": key, "day": day, "source": "notes", "kind": "note", "content": text}


def chat(key, day, user, assistant, src="openai", files=None):
    return {"key": key, "day": day, "source": src, "kind": "chat",
            "content": "User: " + user + "\nAssistant: " + assistant,
            "files": files}


def edit(key, day, path, text, src="editor"):
    return {"key": key, "day": day, "source": src, "kind": "edit",
            "content": path + "\n" + text, "files": [path]}


def file(key, day, path, text):
    return {"key": key, "day": day, "source": "editor", "kind": "file",
            "content": path + "\n" + text, "files": [path]}


def pool(cmd, out=None, code=0, w=2, days=(0, 60), cwd=None):
    return {"cmd": cmd, "out": out, "code": code, "w": w, "days": days, "cwd": cwd}


def q(qtype, question, answers, outdated=(), forbidden=(), note="", keys=(),
      distractors=(), null=False, subject=None, asker=None):
    return {"type": qtype, "question": question, "answers": list(answers),
            "outdated": list(outdated), "forbidden": list(forbidden), "note": note,
            "keys": list(keys), "distractors": list(distractors), "null": null,
            "subject": subject, "asker": asker}
