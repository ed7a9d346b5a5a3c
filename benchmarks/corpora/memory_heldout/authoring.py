"""Record helpers for the held-out developer-memory set.

These helpers only store what the data modules hand them. They produce no wording:
every command, message, note, chat, question and label is written by hand in the
data_*.py modules. Fact records carry a fixed day chosen by the author; filler records
carry day=None (and an optional [lo, hi] window) and are scheduled by build.py.
"""

PROJECTS = []      # Project objects in declaration order
CONTEXTS = []      # every record, in authoring order
QUESTIONS = []     # every question, in authoring order
KEYS = {}          # key -> record

QTYPES = ("paraphrase", "command_fact", "knowledge_update", "first_attempt",
          "project_isolation")


class Project:
    def __init__(self, name, abbr, cwd, default_branch="main"):
        self.name = name
        self.abbr = abbr
        self.cwd = cwd
        self.default_branch = default_branch
        self.pool = []          # shell filler pool entries
        PROJECTS.append(self)

    # ---- generic -------------------------------------------------------
    def _add(self, key, day, source, kind, content, meta, lo=0, hi=60):
        rec = {
            "key": key, "project": self.name, "day": day, "source": source,
            "kind": kind, "content": content, "meta": meta, "lo": lo, "hi": hi,
            "seq": len(CONTEXTS),
        }
        if key is not None:
            if key in KEYS:
                raise ValueError("duplicate key %r" % key)
            KEYS[key] = rec
        CONTEXTS.append(rec)
        return key

    # ---- record kinds --------------------------------------------------
    def sh(self, key, day, cmd, out=None, exit=0, cwd=None, lo=0, hi=60):
        content = cmd if out is None else cmd + "\n" + out
        meta = {"exit_code": exit, "cwd": cwd or self.cwd}
        return self._add(key, day, "shell", "command", content, meta, lo, hi)

    def commit(self, key, day, msg, files, branch=None, lo=0, hi=60):
        # files: list of "M path" / "A path" / "D path"
        lines = [" " + f for f in files]
        content = msg + "\n\n" + "\n".join(lines)
        meta = {"files": [f.split(" ", 1)[1] for f in files],
                "branch": branch or self.default_branch}
        return self._add(key, day, "git", "commit", content, meta, lo, hi)

    def note(self, key, day, text, cli=False, lo=0, hi=60):
        return self._add(key, day, "cli" if cli else "notes", "note", text, {}, lo, hi)

    def chat(self, key, day, text, via="openai", files=None, lo=0, hi=60):
        meta = {"files": list(files)} if files else {}
        return self._add(key, day, via, "chat", text, meta, lo, hi)

    def edit(self, key, day, path, desc, via="editor", lo=0, hi=60):
        return self._add(key, day, via, "edit", path + "\n" + desc, {"files": [path]}, lo, hi)

    def file(self, key, day, path, snippet, lo=0, hi=60):
        return self._add(key, day, "editor", "file", path + "\n" + snippet, {"files": [path]}, lo, hi)

    # ---- filler shell pool --------------------------------------------
    def cmd(self, cmd, out=None, exit=0, lo=0, hi=60, w=1, cwd=None):
        self.pool.append({"cmd": cmd, "out": out, "exit": exit, "lo": lo, "hi": hi,
                          "w": w, "cwd": cwd or self.cwd})

    # ---- questions -----------------------------------------------------
    def q(self, qtype, text, answers, outdated=(), forbidden=(), note="", keys=(),
          distractors=(), project="self"):
        if qtype not in QTYPES:
            raise ValueError(qtype)
        QUESTIONS.append({
            "type": qtype,
            "project": self.name if project == "self" else project,
            "home": self.name,
            "question": text,
            "answers": list(answers),
            "outdated": list(outdated),
            "forbidden": list(forbidden),
            "note": note,
            "keys": list(keys),
            "distractors": list(distractors),
            "seq": len(QUESTIONS),
        })
