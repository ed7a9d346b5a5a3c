"""Hybrid retrieval: the real all-MiniLM-L6-v2 (pulled once into the model cache, as SmolLM2 is) run
by ``actors.context.embedder``, fused with the lexical ranking, ordered in time where the question
asks about time; commands described in words; the embedder's install verified file by file."""
from __future__ import annotations

import hashlib
import io
import zipfile

import numpy as np
import pytest

from actors.context import describe, embedders, ranking
from actors.shared.seal import seal
from ctx_helpers import DAY, NOTES, record



def test_the_embedder_reproduces_the_model(embedder):
    """The sentence-transformers model card's example pair, and unit vectors."""
    a = embedder.embed(["A man is eating food.", "A man is eating a piece of bread.", "The new movie is awesome."])
    assert abs(float(a[0] @ a[1]) - 0.7553) < 0.01
    assert float(a[0] @ a[2]) < 0.2
    assert all(abs(float(v @ v) - 1.0) < 1e-4 for v in a)
    # float32 all the way through (a float64 scalar once made every later layer float64: 3x slower)
    ids, mask = np.array([[101, 2023, 2003, 102]]), np.ones((1, 4), np.float32)
    assert embedder._forward(ids, mask).dtype == np.float32


def preserve(engine, key, clock, items):
    """(days ago, kind, content) in time order -> ids."""
    ids = []
    now = clock.t
    for days_ago, kind, content in items:
        r = record(content, kind=kind, source={"command": "shell", "commit": "git"}.get(kind, "editor"),
                   created=now - days_ago * DAY)
        ids.append(engine.preserve(r, seal(key, r)).id)
    engine.process_pending(force=True)
    return ids




def test_a_question_in_other_words_finds_its_answer(open_engine, key, clock, embedder):
    engine = open_engine(embedder=embedder)
    ids = preserve(engine, key, clock, NOTES)
    hits = [h.id for h in engine.query("what schedules the overnight jobs these days?", k=3)]
    assert hits[0] == ids[3]                                   # the newest statement on the subject first
    first = [h.id for h in engine.query("what scheduled the overnight jobs originally?", k=3)]
    assert first[0] == ids[0]                                  # "originally": the earliest
    paused = [h.id for h in engine.query("how did I stop the staging worker?", k=3)]
    assert paused[0] == ids[5]                                 # a command, found in chat terms


def test_without_an_embedder_retrieval_is_lexical_and_still_answers(open_engine, key, clock):
    engine = open_engine()
    assert engine.store.dense is None
    ids = preserve(engine, key, clock, NOTES)
    assert engine.query("systemd timer reports", k=1)[0].id == ids[3]


def test_embeddings_are_derived_kept_and_rebuilt(data_dir, open_engine, key, clock, embedder):
    engine = open_engine(embedder=embedder)
    ids = preserve(engine, key, clock, NOTES)
    assert len(engine.store.dense) == len(ids)
    engine.delete(ids[4])
    engine.process_pending(force=True)
    assert len(engine.store.dense) == len(ids) - 1              # a deleted context leaves the dense side too
    engine.close()
    again = open_engine(embedder=embedder)
    assert len(again.store.dense) == len(ids) - 1               # from the snapshot: nothing re-embedded
    assert again.process_pending(force=True).get("embedded") == 0
    again.close()
    snap = next((data_dir / "contexts" / "index").glob("dense-*.npz"))
    raw = bytearray(snap.read_bytes())
    raw[-10] ^= 0xFF                                           # a torn or tampered snapshot ...
    snap.write_bytes(bytes(raw))
    third = open_engine(embedder=embedder)
    assert len(third.store.dense) == 0
    assert third.process_pending(force=True)["embedded"] == len(ids) - 1      # ... is rebuilt from the log


def test_the_background_keeps_working_until_everything_is_embedded(open_engine, key, clock, embedder):
    engine = open_engine({"query": {"embed_batch": 2, "embed_quiet_s": 0}}, embedder=embedder)
    for _, kind, content in NOTES:
        r = record(content, kind=kind)
        engine.preserve(r, seal(key, r))
    engine.process_pending()
    assert engine.store.dense.behind and engine.has_pending()     # the loop does not go to sleep ...
    for _ in range(len(NOTES)):
        engine.process_pending()
    assert len(engine.store.dense) == len(NOTES) and not engine.store.dense.behind   # ... until done


def test_after_the_first_round_the_dense_side_follows_changes_not_every_context(open_engine, key, clock, embedder,
                                                                                monkeypatch):
    """Each new context used to make the background list every document's version (with the
    index's lock held): ~30 ms of a query's time at 100k contexts, after every captured turn."""
    engine = open_engine(embedder=embedder)
    ids = preserve(engine, key, clock, NOTES[:4])
    listed = []
    listing = engine.store.index.versions
    monkeypatch.setattr(engine.store.index, "versions", lambda: listed.append(1) or listing())
    new = preserve(engine, key, clock, NOTES[4:5])[0]
    engine.delete(ids[0])
    engine.process_pending(force=True)
    assert listed == []
    dense = engine.store.dense
    assert new in dense._row and ids[0] not in dense._row and len(dense) == 4
    assert engine.query("how did I stop the staging worker?", k=5)


def test_the_change_log_says_what_changed_or_to_look_at_everything(monkeypatch):
    from collections import Counter
    from actors.context import index as ix

    def doc(i, seq):
        return ix.IndexDoc(f"c{i}", seq, 0.0, Counter({"w": 1}), None, "t", "note", "active", None, ("t",))
    idx = ix.InvertedIndex()
    mark, changed = idx.changes_since(None)
    assert changed is None                                   # a first reader looks at everything
    idx.upsert(doc(1, 1))
    idx.upsert(doc(2, 2))
    mark, changed = idx.changes_since(mark)
    assert changed == {"c1": 1, "c2": 2}
    idx.upsert(doc(1, 3))
    idx.remove("c2")
    mark, changed = idx.changes_since(mark)
    assert changed == {"c1": 3, "c2": None}
    assert idx.changes_since(mark)[1] == {}
    monkeypatch.setattr(ix, "CHANGE_LOG_MAX", 2)
    for i in range(3, 7):
        idx.upsert(doc(i, i))
    assert idx.changes_since(mark)[1] is None                # too far behind: everything again
    mark = idx.changes_since(None)[0]
    idx._reset()                                             # a reload
    assert idx.changes_since(mark)[1] is None


@pytest.mark.parametrize("quiet_s, wait_max_s, embedded", [(3600, 3600, False), (0, 3600, True), (3600, 0, True)])
def test_embedding_waits_for_a_quiet_moment_or_until_it_waited_long_enough(open_engine, key, embedder, quiet_s,
                                                                           wait_max_s, embedded):
    """A captured turn used to be embedded at once, sharing the two cores with the requests that
    follow it (capture cost 16-22 ms p99 per request at 100k contexts); its words find it meanwhile."""
    engine = open_engine({"query": {"embed_quiet_s": quiet_s, "embed_wait_max_s": wait_max_s}}, embedder=embedder)
    r = record("The staging worker is paused with systemctl stop worker@staging.")
    ctx = engine.preserve(r, seal(key, r))
    engine.process_pending()
    assert (ctx.id in engine.store.dense._row) is embedded
    assert engine.query("staging worker paused", k=1)[0].id == ctx.id
    engine.process_pending(force=True)                            # a forced round never waits
    assert ctx.id in engine.store.dense._row


def test_the_snapshot_is_written_after_many_changes_or_at_close_not_after_each(data_dir, open_engine, key, clock,
                                                                                embedder):
    """Each snapshot is the whole matrix: rewriting it for every new context cost a turn ~0.7 s of
    CPU at 100k contexts. Background rounds below the threshold leave it alone; close writes it."""
    engine = open_engine({"index": {"snapshot_after_changes": 1000}, "query": {"embed_quiet_s": 0}}, embedder=embedder)
    for _, kind, content in NOTES:
        r = record(content, kind=kind)
        engine.preserve(r, seal(key, r))
        engine.process_pending()
    assert len(engine.store.dense) == len(NOTES)
    index_dir = data_dir / "contexts" / "index"
    assert not list(index_dir.glob("dense-*.npz"))
    engine.close()
    assert len(list(index_dir.glob("dense-*.npz"))) == 1
    again = open_engine(embedder=embedder)
    assert len(again.store.dense) == len(NOTES)
    assert again.process_pending(force=True).get("embedded") == 0
    again.close()


class _Hashed:
    """Vectors from a text's hash: enough rows for a scan, no model."""
    dim, name = 16, "hashed"

    def embed(self, texts):
        out = np.array([np.frombuffer(hashlib.sha256(t.encode()).digest()[:16], np.uint8) for t in texts], np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_a_large_scan_shared_with_the_helper_thread_ranks_exactly_as_one_thread(tmp_path, monkeypatch):
    from actors.context import dense as dense_mod
    index = dense_mod.DenseIndex(_Hashed(), tmp_path / "dense.npz")
    texts = {f"c{i}": f"context {i}" for i in range(301)}
    index.follow({rid: 1 for rid in texts}, everything=True)
    while index.catch_up(texts.get):
        pass
    index.follow({"c7": None, "c150": None}, everything=False)          # dropped rows in both halves
    qvec = index.query_vector_soon("context 42").result()
    monkeypatch.setattr(dense_mod, "SPLIT_ROWS", 10**9)
    alone = index.top(qvec, 40)
    monkeypatch.setattr(dense_mod, "SPLIT_ROWS", 2)
    shared = index.top(qvec, 40)
    assert shared == alone and alone[0][0] == "c42"
    assert {"c7", "c150"}.isdisjoint(rid for rid, _ in alone)


def in_time_order(ranked, cosine, created, question, **kw):
    """The time step as the store takes it: the subject's contexts first, in the question's order."""
    return ranking.subject_first(ranked, ranking.time_step(ranked, cosine, created, question, **kw))


def test_ranking_fuses_by_rank_and_orders_a_subject_in_time():
    fused = ranking.fuse(["a", "b", "c"], ["c", "d"], k=20, dense_weight=1.0)
    assert fused[0][0] == "c"                                   # found by both
    created = {"old": 1.0, "new": 3.0, "mid": 2.0, "other": 4.0}.get
    cos = {"old": 0.80, "new": 0.72, "mid": 0.75, "other": 0.30}
    order = ["old", "mid", "other", "new"]
    assert in_time_order(order, cos, created, "what do we use now?", window=10, band=0.2, group=5, floor=0.6)[:3] \
        == ["new", "mid", "old"]
    assert in_time_order(order, cos, created, "what did we try first?", window=10, band=0.2, group=5, floor=0.6)[:3] \
        == ["old", "mid", "new"]
    assert in_time_order(order, cos, created, "x", window=10, band=0.2, group=5, floor=0.6)[3] == "other"
    for question in ("what did we start with for metrics?", "what did the API begin with?", "which one at first?"):
        assert ranking.wants_earliest(question), question


@pytest.mark.parametrize("question, earliest", [
    ("Before Cinemachine, how did the camera follow the boat?", True),
    ("What did we use for crash reports before Sentry?", True),
    ("What antenna did the first boards use?", True),
    ("How was the big pool laid out when it was first built?", True),
    ("What did I try first to shrink photo uploads?", True),
    ("How were events sent out before the outbox existed?", True),
    ("How wet is the default mix when the plugin is first inserted?", False),   # first, not the first attempt
    ("How long can an impulse response be before we cut it off on load?", False),
    ("What kernel is the first hypervisor node running?", False),
    ("What status code do we send back when the payload breaks a rule?", False),
])
def test_a_question_about_the_first_attempt_is_told_from_one_that_says_first(question, earliest):
    assert ranking.wants_earliest(question) is earliest


def test_a_statement_of_change_never_answers_what_we_started_with():
    assert ranking.states_a_change("CocoaPods is gone; dependencies come through Swift Package Manager now.")
    assert ranking.states_a_change("Prometheus + Grafana in LXC 130. node_exporter on every host; Netdata agents removed.")
    assert not ranking.states_a_change("Add Podfile with Alamofire and Kingfisher")
    assert not ranking.states_a_change("Project is a Projucer .jucer for now; exporters for Xcode and VS2022.")
    change = {"later": True, "filler": False, "first": False}.get
    assert ranking.changes_below(["later", "filler", "first", "tail"], change, window=3) == \
        ["filler", "first", "later", "tail"]


@pytest.mark.parametrize("kind, text, words", [
    ("command", "kubectl -n prod scale deploy/api --replicas=0", {"kubernetes", "pause", "zero"}),
    ("command", "RUST_LOG=app=trace cargo run", {"logging", "verbose", "rust"}),
    ("command", "aws s3 cp report.csv s3://acme-exports/2024/", {"bucket", "acme-exports", "copy"}),
    ("command", "pip install 'requests==2.31.0'", {"python", "pin", "version"}),
    ("commit", "Bump MSRV to 1.70\n\n M Cargo.toml", {"minimum", "rust", "version", "dependencies"}),
    ("note", "EKS upgraded to 1.29: control plane and both node groups", {"kubernetes", "cluster"}),
    ("commit", "Swap Jest for Vitest\n\n M package.json", {"test", "runner", "node"}),
    ("edit", "versions.tf\nrequired_version = \"~> 1.8.0\"", {"terraform", "version"}),
    ("command", "xcrun notarytool submit dist/App.pkg --keychain-profile rv-notary --wait",
     {"notarize", "apple", "keychain", "profile"}),
    ("command", "ansible-playbook -i inventory/prod.ini site.yml --limit 'proxmox:!pve03' --tags kernel",
     {"ansible", "only", "hosts"}),
    ("commit", "Add Podfile with Alamofire\n\n A Podfile\n A Podfile.lock", {"cocoapods", "dependencies"}),
    # each command of a chain or a pipeline; "-v" alone is the version; a check's strictness; pending migrations
    ("command", "ruby -v && bin/rails -v", {"ruby", "rails", "version"}),
    ("command", "bin/rails db:migrate:status | tail -4", {"schema", "migrations", "pending"}),
    ("command", "./vendor/bin/phpstan analyse --level=6 --memory-limit=1G", {"static", "analysis", "strictness"}),
    ("command", "ls -lh export/web/game.pck", {"files", "sizes", "big"}),
    # a toolchain's size report (any target's), a compiler, browser-driven system specs
    ("command", "arm-none-eabi-size build/fw.elf", {"flash", "ram", "bss", "zero-initialised"}),
    ("command", "idf.py size", {"flash", "ram"}),
    ("command", "zig version", {"compiler", "version"}),
    ("command", "bundle exec rspec spec/system", {"system", "browser-driven", "tests"}),
    ("note", "the size of the upload was fine", set()),
    # a server's port in a note (not a year); formatters' settings and the release steps by their file
    ("note", "Dev: the web app serves on 5173; the admin studio is on 54323.", {"port"}),
    ("note", "Local: the API on 127.0.0.1:8090 for the phone app.", {"port"}),
    ("note", "Released on 2024-05-01, agreed on 2025 plans", set()),
    ("file", ".scalafmt.conf\nmaxColumn = 110", {"formatter", "settings"}),
    ("file", "RELEASE.md\n1. bump the version", {"release", "steps"}),
    ("chat", "User: make sure you find the go file and run it", set()),    # tool names that are plain words
    ("note", "Aphids are a pest this year; the coverage of the beds is good", set()),
    ("note", "a note about nothing in particular", set()),
])
def test_commands_and_commits_in_words(kind, text, words):
    got = set(describe.describe(kind, text, {}).split())
    assert words <= got and (words or not got)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_an_archive_that_does_not_match_its_pinned_hashes_installs_nothing(tmp_path):
    good = {"config.json": b"{}", "model.safetensors": b"w", "tokenizer.json": b"t"}
    pins = {n: hashlib.sha256(d).hexdigest() for n, d in good.items()}
    archive = tmp_path / "a.zip"
    archive.write_bytes(_zip({**good, "tokenizer.json": b"swapped"}))
    with pytest.raises(embedders.EmbedderError):
        embedders._unpack(archive, tmp_path / "out1", pins)
    archive.write_bytes(_zip({"../../evil/config.json": b"{}", "model.safetensors": b"w", "tokenizer.json": b"t"}))
    with pytest.raises(embedders.EmbedderError):              # a path out of the archive is never used
        embedders._unpack(archive, tmp_path / "out2", pins)
    assert not (tmp_path / "evil").exists()
    archive.write_bytes(_zip(good))
    embedders._unpack(archive, tmp_path / "out3", pins)
    assert sorted(p.name for p in (tmp_path / "out3").iterdir()) == sorted(good)


CHANGED = [
    (50, "note", "Error tracking: Sentry, self-hosted on the ops box."),
    (40, "note", "The ops box also runs the nightly database backups."),
    (30, "note", "Moved off Sentry to GlitchTip; the old self-hosted install is retired."),
    *[(d, "command", "pnpm exec playwright test") for d in (9, 7, 5, 3, 1)],
    (2, "note", "Error pages now show a request id for support."),
    (1, "command", "tail -f /var/log/nginx/error.log"),
]


@pytest.mark.parametrize("supersede", [True, False])
def test_a_changed_decision_ranks_above_the_one_it_replaced(open_engine, key, clock, embedder, supersede):
    engine = open_engine({} if supersede else {"query": {"supersede_cosine": 1.0}}, embedder=embedder)
    old, _, new = preserve(engine, key, clock, CHANGED)[:3]
    now = [h.id for h in engine.query("what do we use for error tracking?", k=5)]
    # the newer statement on the same thing supersedes the older one, which stays (below it); without
    # the supersession step the old answer, closer in words to the question, ranks first
    assert (now.index(new) < now.index(old)) is supersede
    first = [h.id for h in engine.query("which error tracker did we use first?", k=5)]
    assert first.index(old) < first.index(new)


RENDERER = [
    (40, "note", "Project uses the Forward+ renderer."),
    (20, "commit", "Switch to the Compatibility renderer\n\nForward+ can't export to the web; Compatibility "
                   "runs on WebGL 2.\n\n M project.godot"),
    # enough else for "renderer" to be a rare word, as it is in a real store
    *[(30 - i / 10, "command", f"godot --headless --export-release Linux build/level{i}.x86_64") for i in range(60)],
    *[(30 - i / 10, "commit", f"Tune jump height in level {i}\n\n M scenes/level{i}.tscn") for i in range(60)],
    *[(29 - i / 10, "note", f"Playtest {i}: the moth felt floaty near lantern {i}.") for i in range(40)],
]


@pytest.mark.parametrize("subject", [True, False])
def test_a_question_about_now_finds_the_change_worded_unlike_the_old_statement(open_engine, key, clock, embedder,
                                                                               subject):
    """The old note and the commit that changed it say little alike (their vectors are not close),
    but both name the question's rare subject: for a question about now, the newer one wins."""
    engine = open_engine({} if subject else {"query": {"subject_idf": 99.0}}, embedder=embedder)
    old, new = preserve(engine, key, clock, RENDERER)[:2]
    now = [h.id for h in engine.query("Which renderer is the project on at this point?", k=5)]
    assert (new in now and old in now and now.index(new) < now.index(old)) is subject
    past = [h.id for h in engine.query("Which renderer did the project start with?", k=5)]
    assert past[0] == old                                      # not for a question about the start


@pytest.mark.parametrize("hybrid", [True, False])
def test_the_same_command_run_again_takes_one_place(open_engine, key, clock, embedder, hybrid):
    engine = open_engine(embedder=embedder if hybrid else None)
    runs = preserve(engine, key, clock, CHANGED)[3:8]
    hits = [h.id for h in engine.query("how do I run the browser tests with playwright?", k=5)]
    # five runs of one command: one place when vectors can tell they are the same (lexical alone: five)
    assert sum(h in runs for h in hits) == (1 if hybrid else 5)


def test_newer_first_and_without_repeats_are_stable_reorderings():
    created = {"a": 1.0, "b": 2.0, "c": 3.0, "x": 4.0}.__getitem__
    related = lambda p, q: {p, q} <= {"a", "c"}               # noqa: E731 - c restates a, later
    order, superseded = ranking.newer_first(["a", "x", "c", "b"], related, created, earliest=False, window=4)
    assert order == ["c", "a", "x", "b"] and superseded == {"a": "c"}
    order, superseded = ranking.newer_first(["c", "x", "a"], related, created, earliest=True, window=3)
    assert order == ["a", "c", "x"] and superseded == {"c": "a"}
    assert ranking.newer_first(["a", "x", "c"], related, created, earliest=False, window=2)[0] == ["a", "x", "c"]
    # the newer statement may come from deep in the pool: an old note that ranks well brings it up
    deep = ["a", "x"] + [f"f{i}" for i in range(20)] + ["c"]
    created_deep = lambda rid: {"a": 1.0, "c": 3.0}.get(rid, 2.0)          # noqa: E731
    order, superseded = ranking.newer_first(deep, related, created_deep, earliest=False, window=2, pool=len(deep))
    assert order[:3] == ["c", "a", "x"] and superseded == {"a": "c"} and sorted(order) == sorted(deep)
    assert ranking.newer_first(deep, related, created_deep, earliest=False, window=2)[0] == deep   # pool = window
    same = lambda p, q: {p, q} <= {"a", "b"}                  # noqa: E731 - b repeats a
    assert ranking.without_repeats(["a", "x", "b", "c"], same, k=3) == (["a", "x", "c"], {"b": "a"})
    assert ranking.without_repeats(["a", "b"], same, k=1) == (["a", "b"], {})   # past k: left as it is


def test_two_pulls_of_one_embedder_at_once_install_it_once(tmp_path):
    """A second caller of ``models pull`` (another terminal, the mesh) waits for the first and finds
    the embedder installed, instead of deleting the other's half-written archive."""
    import threading
    done, errors = [], []

    def pull():
        try:
            done.append(embedders.pull("all-minilm-l6-v2", tmp_path))
        except Exception as e:  # noqa: BLE001 - the assertion reports it
            errors.append(e)
    threads = [threading.Thread(target=pull) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors and len(done) == 2 and done[0] == done[1], errors
    assert embedders.path_of(tmp_path, "all-minilm-l6-v2") == done[0]
    assert sorted(p.name for p in (tmp_path / embedders.DIR).iterdir()) == [".lock", "all-minilm-l6-v2"]


def test_a_pull_without_the_disk_space_says_so_and_leaves_nothing(tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(1 << 30, (1 << 30) - (50 << 20), 50 << 20))
    with pytest.raises(embedders.EmbedderError, match="not enough disk space"):
        embedders.pull("all-mpnet-base-v2", tmp_path)
    assert embedders.path_of(tmp_path, "all-mpnet-base-v2") is None
