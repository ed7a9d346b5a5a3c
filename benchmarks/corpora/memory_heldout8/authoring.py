"""Record helpers. They store what they are given and add no wording."""


def sh(key, day, cmd, out="", code=0, cwd=None, win=None):
    return {"key": key, "source": "shell", "kind": "command", "day": day, "win": win,
            "content": cmd + ("\n" + out if out else ""), "meta": {"exit_code": code, "cwd": cwd}}


def commit(key, day, msg, files, branch="main", win=None):
    lines = [" " + f for f in files]
    return {"key": key, "source": "git", "kind": "commit", "day": day, "win": win,
            "content": msg + "\n\n" + "\n".join(lines),
            "meta": {"files": [f.split(" ", 1)[1] for f in files], "branch": branch}}


def note(key, day, text, win=None):
    return {"key": key, "source": "notes", "kind": "note", "day": day, "win": win,
            "content": text, "meta": {}}


def chat(key, day, text, src="openai", files=None, win=None):
    return {"key": key, "source": src, "kind": "chat", "day": day, "win": win,
            "content": text, "meta": {"files": list(files)} if files else {}}


def edit(key, day, path, desc, src="editor", win=None):
    return {"key": key, "source": src, "kind": "edit", "day": day, "win": win,
            "content": path + "\n" + desc, "meta": {"files": [path]}}


def file(key, day, path, snippet, win=None):
    return {"key": key, "source": "editor", "kind": "file", "day": day, "win": win,
            "content": path + "\n" + snippet, "meta": {"files": [path]}}


def pool_cmd(cmd, out="", code=0, w=1, win=(0, 60), cwd=None):
    return {"content": cmd + ("\n" + out if out else ""), "code": code, "w": w, "win": win, "cwd": cwd}


def q(qtype, text, ans, old=(), forbid=(), note="", keys=(), dis=(), null=False, project=None):
    return {"type": qtype, "question": text, "answers": [ans] if isinstance(ans, str) else list(ans),
            "outdated": list(old), "forbidden": list(forbid), "note": note, "keys": list(keys),
            "distractors": list(dis), "null": null, "project": project}
