"""Small helpers used by the hand-written data modules (data_*.py).

Every context and question in memory.json is written by hand in the data_*
modules; these helpers only give the records a uniform shape.  Nothing here
generates wording.
"""

PROJECTS = {
    "ledger-api": "~/src/ledger-api",            # Go web API (payments ledger)
    "tidepool": "~/src/tidepool",                # Python data pipeline (buoy/tide readings)
    "storefront-web": "~/src/storefront-web",    # React + Vite shop front-end
    "infra-live": "~/src/infra-live",            # Terraform / EKS / Helm infra repo
    "grepline": "~/src/grepline",                # Rust CLI log search tool
    "fieldnotes-mobile": "~/src/fieldnotes-mobile",  # Flutter note-taking app
}

SOURCE_KIND = {
    "shell": {"command"},
    "git": {"commit"},
    "cursor": {"chat", "edit"},
    "openai": {"chat"},
    "notes": {"note"},
    "cli": {"note", "command"},
    "editor": {"edit", "file"},
}


def _ctx(source, kind, day, content, project=None, minute=None, meta=None):
    assert kind in SOURCE_KIND[source], (source, kind)
    assert 0 <= day <= 60, day
    return {
        "source": source,
        "kind": kind,
        "project": project,
        "day": day,
        "minute": minute,
        "content": content,
        "metadata": dict(meta or {}),
    }


def sh(day, cmd, exit=0, out=None, cwd=None, project=None, minute=None, branch=None):
    """A shell command as captured by the shell hook (command line + a bit of output)."""
    content = cmd if not out else cmd + "\n" + out
    meta = {"exit_code": exit}
    if cwd:
        meta["cwd"] = cwd
    if branch:
        meta["branch"] = branch
    return _ctx("shell", "command", day, content, project, minute, meta)


def commit(day, msg, files, branch="main", project=None, minute=None):
    """A git commit: message plus the list of changed files ("M path", "A path", "D path")."""
    lines, paths = [], []
    for f in files:
        if len(f) > 2 and f[1] == " " and f[0] in "MADR":
            status, path = f[0], f[2:]
        else:
            status, path = "M", f
        lines.append(f" {status} {path}")
        paths.append(path)
    content = msg.rstrip() + "\n\n" + "\n".join(lines)
    return _ctx("git", "commit", day, content, project, minute, {"files": paths, "branch": branch})


def chat(day, user=None, assistant=None, src="cursor", project=None, minute=None, files=None):
    parts = []
    if user:
        parts.append("User: " + user)
    if assistant:
        parts.append("Assistant: " + assistant)
    meta = {"files": files} if files else {}
    return _ctx(src, "chat", day, "\n".join(parts), project, minute, meta)


def note(day, text, src="notes", project=None, minute=None):
    return _ctx(src, "note", day, text, project, minute)


def edit(day, path, desc, src="editor", project=None, minute=None):
    return _ctx(src, "edit", day, f"{path}\n{desc}", project, minute, {"files": [path]})


def file(day, path, text, project=None, minute=None):
    return _ctx("editor", "file", day, f"{path}\n{text}", project, minute, {"files": [path]})


def Q(qtype, project, question, answers, outdated=(), forbidden=(), distractors=(),
      note="", ask=..., keys=()):
    """One question with the contexts that belong to it.

    project      project the facts live in (default for every context without one)
    ask          value for the question's "project" field (default: project; None = any)
    answers      contexts that answer it
    outdated     contexts with an older (knowledge_update) / later (first_attempt) statement
    forbidden    contexts from another project on the same subject (project_isolation)
    distractors  extra hand-written contexts that share wording but do not answer
    keys         strings that must appear in an answer and in no other context of
                 the same project (checked by the builder for command_fact)
    """
    return {
        "type": qtype,
        "project": project,
        "ask": project if ask is ... else ask,
        "question": question,
        "answers": list(answers),
        "outdated": list(outdated),
        "forbidden": list(forbidden),
        "distractors": list(distractors),
        "note": note,
        "keys": list(keys),
    }
