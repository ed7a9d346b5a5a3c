"""Record helpers. They store exactly what they are given; they add no wording."""


def _rec(kind, source, content, day, key, win, **extra):
    r = {"kind": kind, "source": source, "content": content, "day": day,
         "key": key, "win": win}
    r.update(extra)
    return r


def sh(cmd, day=None, exit=0, key=None, win=None, w=1, cwd=None):
    return _rec("command", "shell", cmd, day, key, win, exit=exit, w=w, cwd=cwd)


def commit(msg, files, day=None, key=None, win=None, branch="main"):
    return _rec("commit", "git", msg, day, key, win, files=list(files), branch=branch)


def note(text, day=None, key=None, win=None):
    return _rec("note", "notes", text, day, key, win)


def chat(text, day=None, key=None, win=None, src="openai"):
    return _rec("chat", src, text, day, key, win)


def edit(path, desc, day=None, key=None, win=None, src="editor"):
    return _rec("edit", src, path + "\n" + desc, day, key, win, files=[path])


def file(path, snippet, day=None, key=None, win=None):
    return _rec("file", "editor", path + "\n" + snippet, day, key, win, files=[path])


SELF = "<self>"


def Q(type, question, ans, out=(), forb=(), note="", project=SELF, keys=(), dist=()):
    return {"type": type, "question": question, "answers": list(ans),
            "outdated": list(out), "forbidden": list(forb), "note": note,
            "project": project, "keys": list(keys), "dist": list(dist)}
