"""Property tests: round trip, archiving never loses a context, reindex answers the same."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from actors.context import ContextStore
from actors.shared.seal import seal

from ctx_helpers import Clock

SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                max_size=20).filter(str.strip)
json_leaf = st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.text(max_size=20) | \
    st.floats(allow_nan=False, allow_infinity=False)
metadata = st.dictionaries(st.text(max_size=10), st.recursive(
    json_leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(max_size=5), inner, max_size=3), max_leaves=6), max_size=4)
records = st.fixed_dictionaries(
    {"source": names, "kind": st.from_regex(r"[a-z][a-z0-9_.-]{0,10}", fullmatch=True),
     "content": st.text(st.characters(blacklist_categories=("Cs",)), min_size=1,
                        max_size=300).filter(str.strip)},
    optional={"project": names, "session": names, "metadata": metadata,
              "created": st.floats(1e9, 2e9)})


@SETTINGS
@given(rs=st.lists(records, min_size=1, max_size=8))
def test_preserve_get_round_trip(key, rs):
    with tempfile.TemporaryDirectory() as d:
        with ContextStore(Path(d), {}, seal_key=key) as s:
            ctxs = [s.preserve(r, seal(key, r)) for r in rs]
            for r, c in zip(rs, ctxs):
                _same(r, s.get(c.id))
        with ContextStore(Path(d), {}, seal_key=key) as s:  # and after a restart
            for r, c in zip(rs, ctxs):
                _same(r, s.get(c.id))


def _same(r: dict, got) -> None:
    assert got.content == r["content"] and got.source == r["source"]
    assert got.kind == r["kind"] and got.project == r.get("project")
    assert got.session == r.get("session") and got.metadata == r.get("metadata", {})
    if "created" in r:
        assert got.created == r["created"]


ops = st.lists(st.one_of(
    st.tuples(st.just("preserve"), st.integers(1, 5)),
    st.tuples(st.just("wait"), st.integers(0, 20)),
    st.tuples(st.just("archive"), st.fixed_dictionaries({}, optional={
        "max_age_days": st.integers(0, 20), "max_active_count": st.integers(0, 10),
        "max_active_bytes": st.integers(0, 400)})),
), min_size=1, max_size=12)


@SETTINGS
@given(ops=ops)
def test_archiving_never_loses_a_context(key, ops):
    clock = Clock()
    with tempfile.TemporaryDirectory() as d:
        expected = {}
        with ContextStore(Path(d), {"store": {"segment_max_bytes": 4096}}, seal_key=key,
                          clock=clock) as s:
            for op, arg in ops:
                if op == "preserve":
                    for _ in range(arg):
                        r = {"source": "t", "kind": "note", "content": f"c{len(expected)} " * 7}
                        expected[s.preserve(r, seal(key, r)).id] = r["content"]
                elif op == "wait":
                    clock.advance(arg * 86400)
                else:
                    archived = s.archive(policy=arg)
                    assert all(s.get(i).tier == "archived" for i in archived)
                s.process_pending()
            assert {i: s.get(i).content for i in s.ids()} == expected
            assert {s.get(i).tier for i in s.ids()} <= {"active", "archived"}
        with ContextStore(Path(d), {}, seal_key=key, clock=clock) as s:
            assert {i: s.get(i).content for i in s.ids()} == expected
            assert s.recovery["damage"] == []


WORDS = ["cache", "redis", "login", "test", "deploy", "docker", "parser", "timeout", "auth",
         "config", "index", "query"]
docs = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join),
                min_size=1, max_size=25)
edits = st.lists(st.tuples(st.sampled_from(["delete", "archive"]), st.integers(0, 24)),
                 max_size=6)
queries = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
                   min_size=1, max_size=5)


@SETTINGS
@given(texts=docs, changes=edits, qs=queries)
def test_reindex_gives_the_same_answers(key, texts, changes, qs):
    clock = Clock()
    with tempfile.TemporaryDirectory() as d:
        with ContextStore(Path(d), {}, seal_key=key, clock=clock) as s:
            ids = []
            for i, t in enumerate(texts):
                r = {"source": "t", "kind": "note", "content": t, "project": f"p{i % 2}"}
                ids.append(s.preserve(r, seal(key, r)).id)
                clock.advance(3600)
            for op, n in changes:
                rid = ids[n % len(ids)]
                if rid in s and op == "delete":
                    s.delete(rid)
                elif rid in s:
                    s.archive([rid])
            now = clock.t
            answer = lambda st_: [[(h.id, h.score) for h in st_.query(q, k=5, now=now)]  # noqa
                                  for q in qs] + [[(h.id, h.score) for h in
                                                   st_.query(qs[0], project="p1", now=now)]]
            before = answer(s)
            s.reindex()
            assert answer(s) == before
        with ContextStore(Path(d), {}, seal_key=key, clock=clock) as s:  # from the snapshot
            assert answer(s) == before
        (Path(d) / "contexts" / "index" / "snapshot.bin").unlink()
        with ContextStore(Path(d), {}, seal_key=key, clock=clock) as s:  # from the log alone
            assert s.recovery["index"]["snapshot_used"] is False
            assert answer(s) == before
