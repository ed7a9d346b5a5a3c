"""A tool's rights as pure functions: a registration never gets more than the owner configured, and
the privacy filter's view of data_sharing can only be lowered by a caller."""
import msgspec
import pytest
from hypothesis import given, settings, strategies as st

from actors.router import policy
from actors.shared import toolconfig
from actors.shared.settings import resolve_section
from actors.shared.settings.schema import ToolEntry
from protocol import ProtocolError
from protocol.vocab import AccessMode, DataSharing, IntegrationType, rank, values

CONF = msgspec.convert(resolve_section("tools", {
    "default": {"integration_type": "standard", "features": {"context_sync": True, "pattern_learning": False,
                                                             "command_integration": False},
                "privacy": {"data_sharing": "filtered", "context_access": "limited"}},
    "cursor": {"integration_type": "deep",
               "features": {"context_sync": True, "pattern_learning": True, "command_integration": True},
               "privacy": {"data_sharing": "filtered", "context_access": "limited"},
               "projects": ["p1", "p2"], "sources": ["shell"]},
}), dict[str, ToolEntry])


def effective(name, req, allow_unknown=True):
    return toolconfig.effective(CONF, name, req, allow_unknown=allow_unknown)


def tool(**kw) -> toolconfig.ToolConfig:
    """A tool's effective rights: the default entry's, with ``kw``."""
    return toolconfig.ToolConfig(**{**dict(integration_type="standard", features=dict.fromkeys(policy.FEATURES, False),
                                           data_sharing="filtered", context_access="limited"), **kw})


maybe = lambda s: st.none() | s  # noqa: E731
requests = st.fixed_dictionaries({}, optional={
    "integration_type": maybe(st.sampled_from(values(IntegrationType))),
    "features": maybe(st.fixed_dictionaries({}, optional={f: maybe(st.booleans()) for f in policy.FEATURES})),
    "privacy": maybe(st.fixed_dictionaries({}, optional={
        "data_sharing": maybe(st.sampled_from(values(DataSharing))),
        "context_access": maybe(st.sampled_from(values(AccessMode)))})),
    "projects": st.lists(st.sampled_from(["p1", "p2", "p3", "other"]), max_size=3),
})


@settings(max_examples=150)
@given(name=st.sampled_from(["cursor", "unknown-tool"]), req=requests)
def test_a_registration_never_exceeds_the_configured_rights(name, req):
    conf = toolconfig.configured(CONF, name, True)
    try:
        got = effective(name, req)
    except ProtocolError as e:      # it asked only for projects it may not read
        assert e.code.value == "forbidden" and e.field == "body.projects" and conf.projects
        assert not set(req["projects"]) & set(conf.projects)
        return
    for f in policy.FEATURES:
        assert not got.features[f] or getattr(conf.features, f)
        if (req.get("features") or {}).get(f) is False:
            assert got.features[f] is False
    assert rank(IntegrationType, got.integration_type) <= rank(IntegrationType, conf.integration_type)
    assert rank(DataSharing, got.data_sharing) <= rank(DataSharing, conf.privacy.data_sharing)
    assert rank(AccessMode, got.context_access) <= rank(AccessMode, conf.privacy.context_access)
    # the projects it reads: never wider than the owner allows (empty: any) nor than it asked for
    if conf.projects:
        assert got.projects and set(got.projects) <= set(conf.projects)
    if req.get("projects"):
        assert got.projects and set(got.projects) <= set(req["projects"])


def test_a_tool_can_narrow_its_reads_to_projects_and_never_widen_them():
    assert effective("unknown-tool", {"projects": ["shop"]}).projects == ("shop",)
    assert policy.access_scope("stranger", effective("stranger", {"projects": ["shop"]}))["projects"] == ["shop"]
    assert effective("cursor", {"projects": ["p2", "zzz"]}).projects == ("p2",)
    assert effective("cursor", {}).projects == ("p1", "p2")
    with pytest.raises(ProtocolError) as e:
        effective("cursor", {"projects": ["zzz"]})          # was: nothing kept, read as "any project"
    assert e.value.code.value == "forbidden"


def test_fields_left_out_are_as_configured():
    got = effective("cursor", {"name": "cursor"})
    assert got.integration_type == "deep"
    assert got.features == {"context_sync": True, "pattern_learning": True, "command_integration": True,
                            "memory": False}
    assert (got.data_sharing, got.context_access) == ("filtered", "limited")


def test_unknown_tools_are_refused_when_the_owner_says_so():
    with pytest.raises(ProtocolError) as e:
        effective("stranger", {}, allow_unknown=False)
    assert e.value.code.value == "forbidden"


def test_data_sharing_can_only_be_lowered_by_the_caller():
    tools = msgspec.convert(resolve_section("tools", {
        "editor": {"privacy": {"data_sharing": "full"}}, "quiet": {"privacy": {"data_sharing": "none"}}}),
        dict[str, ToolEntry])

    def sharing(name, asked, allow_unknown=True):
        return toolconfig.data_sharing(tools, name, asked, allow_unknown=allow_unknown)
    assert sharing("editor", None) == "full"
    assert sharing("editor", "none") == "none"
    assert sharing("quiet", "full") == "none"
    assert sharing("stranger", None) == "filtered"         # the default entry
    assert sharing("editor", "bogus") == "none"
    assert sharing("stranger", "full", allow_unknown=False) == "none"
    assert sharing("default", "full") == "filtered"        # not a tool name: the default entry's


@pytest.mark.parametrize("name", ["", "router", "bus", "default", "a b", "x" * 65, "../etc", "é"])
def test_bad_names_are_invalid(name):
    with pytest.raises(ProtocolError) as e:
        effective(name, {})
    assert e.value.code.value == "invalid"


@settings(max_examples=100)
@given(req=requests)
def test_a_limited_scope_names_only_the_tool_itself_and_configured_sources(req):
    try:
        got = effective("cursor", req)
    except ProtocolError:
        return
    scope = policy.access_scope("cursor", got)
    if got.context_access == "limited":
        assert set(scope["sources"]) == {"cursor", "shell"}
        assert set(scope.get("projects", [])) <= {"p1", "p2"}
    else:
        assert scope == {"mode": got.context_access}


def test_every_right_is_checked():
    weak = tool(context_access="none")
    for kind, rights in policy.RIGHTS.items():
        if rights.get("feature") or rights.get("read"):
            with pytest.raises(ProtocolError):
                policy.authorize("weak", weak, kind)
        else:
            policy.authorize("weak", weak, kind)
    passive = tool(integration_type="passive", features={"context_sync": True})
    policy.authorize("p", passive, "context.preserve")
    for kind in ("context.query", "tool.send", "tool.inbox", "llm.generate"):
        with pytest.raises(ProtocolError):
            policy.authorize("p", passive, kind)
    for kind in ("context.delete", "context.archive", "llm.load", "privacy.restore", "metrics.get"):
        with pytest.raises(ProtocolError):
            policy.authorize("strong", tool(features=dict.fromkeys(policy.FEATURES, True)), kind)


def test_events_in_scope():
    limited = tool(features={"context_sync": True})
    assert policy.event_in_scope("me", limited, {"source": "me", "project": "x"})
    assert not policy.event_in_scope("me", limited, {"source": "other", "project": "x"})
    assert not policy.event_in_scope("me", limited, "not a dict")
    assert not policy.may_see_topic(tool(), "context.preserved")
    assert policy.may_see_topic(limited, "context.preserved")
    assert policy.may_see_topic(tool(), "tool.registered")
    assert not policy.may_see_topic(limited, "secret.stuff")
