"""Record helpers. They store what they are given and add no wording.

A record whose `day` is an int is hand-placed on that day. A record whose `day` is a
(lo, hi) tuple is a filler: the builder places it once on an active day inside the window.
"""


class Proj:
    def __init__(self, name, abbr, cwd):
        self.name, self.abbr, self.cwd = name, abbr, cwd
        self.records = []      # hand-placed facts, distractors, isolation statements, fillers
        self.pool = []         # shell-history pool
        self.questions = []

    def _add(self, key, kind, source, day, content, meta):
        self.records.append(dict(key=key, project=self.name, kind=kind, source=source,
                                 day=day, content=content, meta=meta))
        return key

    def sh(self, key, day, cmd, out="", exit=0, cwd=None):
        content = cmd if not out else cmd + "\n" + out.rstrip("\n")
        return self._add(key, "command", "shell", day, content,
                         {"exit_code": exit, "cwd": cwd or self.cwd})

    def commit(self, key, day, msg, files, branch="main"):
        lines = "\n".join(" %s %s" % (st, p) for st, p in files)
        return self._add(key, "commit", "git", day, msg.rstrip() + "\n\n" + lines,
                         {"files": [p for _, p in files], "branch": branch})

    def note(self, key, day, text):
        return self._add(key, "note", "notes", day, text.strip(), {})

    def chat(self, key, day, text, source="openai", files=None):
        return self._add(key, "chat", source, day, text.strip(),
                         {"files": files} if files else {})

    def edit(self, key, day, path, desc, source="editor"):
        return self._add(key, "edit", source, day, path + "\n" + desc.strip(), {"files": [path]})

    def file(self, key, day, path, snippet):
        return self._add(key, "file", "editor", day, path + "\n" + snippet.strip("\n"),
                         {"files": [path]})

    def pool_cmd(self, cmd, out="", exit=0, weight=1.0, lo=0, hi=60, cwd=None):
        content = cmd if not out else cmd + "\n" + out.rstrip("\n")
        self.pool.append(dict(content=content, exit_code=exit, weight=weight, lo=lo, hi=hi,
                              cwd=cwd or self.cwd))

    def q(self, qtype, text, answers, outdated=(), forbidden=(), note="", null=False,
          distractors=(), keys=(), subject=None, asking=None):
        self.questions.append(dict(type=qtype, text=text, answers=list(answers),
                                   outdated=list(outdated), forbidden=list(forbidden),
                                   note=note, null=null, distractors=list(distractors),
                                   keys=list(keys), subject=subject,
                                   asking=asking or self.name))
