import os
from pathlib import Path

import pytest

from actors.context import (AccessDenied, Conflict, ContextStore, InvalidRecord, NotFound,
                            NotSanitized, StoreClosed, StoreLocked)
from actors.shared.seal import seal

from ctx_helpers import record


def all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_preserve_then_get_returns_the_record(open_store, sealed, clock):
    s = open_store()
    ctx = s.preserve(*sealed("fix the flaky login test", kind="edit", session="s1",
                             metadata={"path": "tests/test_login.py"}))
    got = s.get(ctx.id)
    assert (got.content, got.kind, got.session, got.project, got.source) == (
        "fix the flaky login test", "edit", "s1", "app", "editor")
    assert got.metadata == {"path": "tests/test_login.py"}
    assert got.tier == "active" and got.created == clock.t


def test_hierarchy_is_created(open_store, data_dir):
    open_store()
    for sub in ("contexts/active", "contexts/archived", "contexts/synthesized", "patterns/code",
                "patterns/workflow", "patterns/integration", "metrics/usage",
                "metrics/effectiveness", "metrics/resources"):
        assert (data_dir / sub).is_dir(), sub


def test_unsealed_or_altered_records_are_forbidden(open_store, key):
    s = open_store()
    r = record("secret-free text")
    with pytest.raises(NotSanitized) as e:
        s.preserve(r, "")
    assert e.value.code == "forbidden"
    good = seal(key, r)
    r2 = dict(r, content="changed after sealing")
    with pytest.raises(NotSanitized):
        s.preserve(r2, good)
    with pytest.raises(NotSanitized):
        s.preserve(r, seal(os.urandom(32), r))
    assert len(s) == 0


@pytest.mark.parametrize("bad, field", [
    (dict(kind="Not A Kind"), "kind"),
    (dict(content=""), "content"),
    (dict(content=5), "content"),
    (dict(source=None), "source"),
    (dict(project=""), "project"),
    (dict(metadata=[1]), "metadata"),
    (dict(created="yesterday"), "created"),
    (dict(id="has space"), "id"),
    (dict(colour="red"), "colour"),
])
def test_malformed_records_are_refused_naming_the_field(open_store, key, bad, field):
    s = open_store()
    r = dict(record("x"), **bad)
    r = {k: v for k, v in r.items() if v is not None}
    with pytest.raises(InvalidRecord) as e:
        s.preserve(r, seal(key, r))
    assert str(e.value).startswith(field)
    assert e.value.code == "invalid"


def test_size_limits(open_store, sealed):
    s = open_store({"store": {"max_content_bytes": 100}})
    with pytest.raises(InvalidRecord, match="content"):
        s.preserve(*sealed("x" * 101))
    assert s.preserve(*sealed("x" * 100))


def test_caller_chosen_id_is_idempotent_and_conflicts_are_refused(open_store, sealed):
    s = open_store()
    a = s.preserve(*sealed("first", id="note-1"))
    again = s.preserve(*sealed("first", id="note-1"))
    assert again.id == a.id == "note-1" and len(s) == 1
    with pytest.raises(Conflict):
        s.preserve(*sealed("different", id="note-1"))


def test_preserve_many_is_all_or_nothing_on_validation(open_store, sealed, key):
    s = open_store()
    good = sealed("one")
    bad = ({"source": "x", "kind": "note", "content": "two"}, "v1:bad")
    with pytest.raises(NotSanitized):
        s.preserve_many([good, bad])
    assert len(s) == 0
    with pytest.raises(InvalidRecord):
        s.preserve_many([good, "not a pair"])
    with pytest.raises(InvalidRecord):
        s.preserve_many([])
    out = s.preserve_many([sealed("one"), sealed("two")])
    assert [s.get(c.id).content for c in out] == ["one", "two"]


def test_query_ranks_by_relevance_and_returns_snippets(open_store, sealed):
    s = open_store()
    a = s.preserve(*sealed("The redis connection pool size is now 20 in billing settings"))
    s.preserve(*sealed("Lunch order: pizza for the team"))
    c = s.preserve(*sealed("redis is used for caching sessions"))
    hits = s.query("redis connection pool")
    assert [h.id for h in hits][:2] == [a.id, c.id]
    assert hits[0].score > hits[1].score > 0
    assert "redis connection pool" in hits[0].snippet
    assert s.query("nothing matches zzzqqq") == []


def test_query_matches_identifiers_and_inflections(open_store, sealed):
    s = open_store()
    a = s.preserve(*sealed("def getUserById(uid): ...", kind="edit"))
    b = s.preserve(*sealed("Fixed the failing tests in parse_config"))
    assert s.query("get user by id")[0].id == a.id
    assert s.query("fix failing test parse config")[0].id == b.id


def test_recency_breaks_ties_and_empty_text_lists_newest(open_store, sealed, clock):
    s = open_store()
    old = s.preserve(*sealed("deploy checklist for staging"))
    clock.advance(30 * 86400)
    new = s.preserve(*sealed("deploy checklist for staging"))
    assert [h.id for h in s.query("deploy checklist")] == [new.id, old.id]
    assert [h.id for h in s.query("")] == [new.id, old.id]


def test_query_filters(open_store, sealed, clock):
    s = open_store()
    a = s.preserve(*sealed("cache bug", project="web", source="editor", kind="edit",
                           session="s1"))
    clock.advance(100)
    b = s.preserve(*sealed("cache bug", project="api", source="shell", kind="command",
                           session="s2"))
    ids = lambda **kw: {h.id for h in s.query("cache", **kw)}  # noqa: E731
    assert ids() == {a.id, b.id}
    assert ids(project="web") == {a.id}
    assert ids(project=["web", "api"]) == {a.id, b.id}
    assert ids(source="shell") == {b.id}
    assert ids(kind="edit") == {a.id}
    assert ids(session="s2") == {b.id}
    assert ids(since=clock.t - 50) == {b.id}
    assert ids(until=clock.t - 50) == {a.id}
    assert ids(tier="archived") == set()
    assert ids(project="nope") == set()
    with pytest.raises(InvalidRecord):
        s.query("x", tier="frozen")
    with pytest.raises(InvalidRecord):
        s.query("x", k=0)
    with pytest.raises(InvalidRecord):
        s.query("x", project=5)


def test_access_scopes(open_store, sealed):
    s = open_store()
    web = s.preserve(*sealed("shared words", project="web", source="editor"))
    api = s.preserve(*sealed("shared words", project="api", source="shell"))
    q = lambda acc: {h.id for h in s.query("shared words", access=acc)}  # noqa: E731
    assert q(None) == q({"mode": "full"}) == {web.id, api.id}
    assert q({"mode": "limited", "projects": ["web"]}) == {web.id}
    assert q({"mode": "limited", "sources": ["shell"]}) == {api.id}
    assert q({"mode": "limited", "projects": ["web"], "sources": ["shell"]}) == set()
    for denied in ({"mode": "none"}, {"mode": "limited"}, "none"):
        with pytest.raises(AccessDenied):
            s.query("shared", access=denied)
        with pytest.raises(AccessDenied):
            s.get(web.id, access=denied)
    with pytest.raises(NotFound):  # invisible looks like absent
        s.get(api.id, access={"mode": "limited", "projects": ["web"]})
    with pytest.raises(InvalidRecord):
        s.query("x", access={"mode": "some"})


def test_archive_by_ids_and_by_policy(open_store, sealed, clock):
    s = open_store()
    old = [s.preserve(*sealed(f"old note {i}")) for i in range(3)]
    clock.advance(40 * 86400)
    new = [s.preserve(*sealed(f"new note {i}")) for i in range(4)]
    assert s.archive(policy={"max_age_days": 30}) == [c.id for c in old]
    assert {s.get(c.id).tier for c in old} == {"archived"}
    # count policy: keep the 2 newest active
    assert s.archive(policy={"max_active_count": 2}) == [c.id for c in new[:2]]
    assert s.archive([new[3].id]) == [new[3].id]
    assert s.archive([new[3].id]) == []  # already archived
    with pytest.raises(NotFound):
        s.archive(["missing"])
    assert sorted(s.ids("active")) == [new[2].id]
    assert {h.tier for h in s.query("note", tier="archived", k=20)} == {"archived"}
    assert len(s.query("note", k=20)) == 7


def test_archive_by_size(open_store, sealed):
    s = open_store()
    ids = [s.preserve(*sealed("x" * 100)).id for _ in range(5)]
    assert s.archive(policy={"max_active_bytes": 250}) == ids[:3]


def test_delete_removes_content_from_every_file(open_store, sealed, data_dir):
    s = open_store()
    keep = s.preserve(*sealed("ordinary words stay"))
    gone = s.preserve(*sealed("the zebracornflake token must vanish"))
    s.save_snapshot()
    assert b"zebracornflake" in all_bytes(data_dir)
    s.delete(gone.id)
    s.process_pending(snapshot=True)
    assert b"zebracornflake" not in all_bytes(data_dir)
    with pytest.raises(NotFound):
        s.get(gone.id)
    assert s.query("zebracornflake") == []
    assert s.get(keep.id).content == "ordinary words stay"
    with pytest.raises(NotFound):
        s.delete(gone.id)
    s.close()
    s2 = ContextStore(data_dir, {}, seal_key=s._key)
    try:
        assert gone.id not in s2 and keep.id in s2
        assert b"zebracornflake" not in all_bytes(data_dir)
    finally:
        s2.close()


def test_one_writer_per_data_dir(open_store, data_dir, key):
    open_store()
    with pytest.raises(StoreLocked):
        ContextStore(data_dir, {}, seal_key=key)


def test_closed_store_refuses_work(open_store, sealed):
    s = open_store()
    c = s.preserve(*sealed("x"))
    s.close()
    with pytest.raises(StoreClosed):
        s.preserve(*sealed("y"))
    with pytest.raises(StoreClosed):
        s.get(c.id)


def test_reopen_uses_snapshot_and_answers_the_same(open_store, sealed, data_dir, key, clock):
    s = open_store()
    for i in range(50):
        s.preserve(*sealed(f"note {i} about topic{i % 7} and module{i % 5}"))
    before = [(h.id, h.score) for h in s.query("topic3 module2", now=clock.t)]
    s.close()
    s2 = open_store()
    assert s2.recovery["index"]["snapshot_used"] is True
    assert s2.recovery["index"]["repaired"] == 0
    assert [(h.id, h.score) for h in s2.query("topic3 module2", now=clock.t)] == before


def test_segments_rotate_and_compaction_reclaims_space(open_store, sealed, clock):
    s = open_store({"store": {"segment_max_bytes": 4096}})
    ctxs = [s.preserve(*sealed(f"note number {i} " + "x" * 200)) for i in range(60)]
    active_segments = len(list(s.layout.tier("active").glob("*.log")))
    assert active_segments > 3
    s.archive([c.id for c in ctxs[:50]])  # leaves most active segments all holes
    before = sum(p.stat().st_size for p in s.layout.tier("active").glob("*.log"))
    for _ in range(20):
        if not s.process_pending()["segments_compacted"]:
            break
    after = sum(p.stat().st_size for p in s.layout.tier("active").glob("*.log"))
    assert after < before / 2
    assert [s.get(c.id).content for c in ctxs] == [c.content for c in ctxs]
    s.close()
    s2 = open_store({"store": {"segment_max_bytes": 4096}})
    assert sorted(s2.ids()) == sorted(c.id for c in ctxs)
    assert s2.recovery["stale_versions_scrubbed"] == 0 and not s2.recovery["damage"]


def test_check_and_repair_fixes_a_diverged_index(open_store, sealed):
    s = open_store()
    a = s.preserve(*sealed("alpha words"))
    s.apply_pending()
    s.index.remove(a.id)  # simulate an index that lost a document
    report = s.check_and_repair(deep=True)
    assert report == {"unreadable": [], "index_repaired": 1}
    assert s.query("alpha")[0].id == a.id
