"""The router's policy as pure functions: a registration never gets more than the owner configured."""
import pytest
from hypothesis import given, settings, strategies as st

from actors.router import policy
from protocol import ProtocolError

CONF = {
    "allow_unknown": True,
    "default": {"integration_type": "standard", "features": {"context_sync": True},
                "privacy": {"data_sharing": "filtered", "context_access": "limited"}},
    "cursor": {"integration_type": "deep",
               "features": {"context_sync": True, "pattern_learning": True, "command_integration": True},
               "privacy": {"data_sharing": "filtered", "context_access": "limited"},
               "projects": ["p1", "p2"], "sources": ["shell"]},
}

maybe = lambda s: st.none() | s  # noqa: E731
requests = st.fixed_dictionaries({}, optional={
    "integration_type": maybe(st.sampled_from(policy.INTEGRATION)),
    "features": maybe(st.fixed_dictionaries({}, optional={f: maybe(st.booleans()) for f in policy.FEATURES})),
    "privacy": maybe(st.fixed_dictionaries({}, optional={"data_sharing": maybe(st.sampled_from(policy.SHARING)),
                                                          "context_access": maybe(st.sampled_from(policy.ACCESS))})),
    "projects": st.lists(st.sampled_from(["p1", "p2", "p3", "other"]), max_size=3),
})


@settings(max_examples=150)
@given(name=st.sampled_from(["cursor", "unknown-tool"]), req=requests)
def test_a_registration_never_exceeds_the_configured_rights(name, req):
    conf = policy.configured(CONF, name)
    got = policy.effective(CONF, name, req)
    for f in policy.FEATURES:
        assert not got.features[f] or conf["features"].get(f, False)
        if (req.get("features") or {}).get(f) is False:
            assert got.features[f] is False
    assert policy.INTEGRATION.index(got.integration_type) <= policy.INTEGRATION.index(conf["integration_type"])
    assert policy.SHARING.index(got.data_sharing) <= policy.SHARING.index(conf["privacy"]["data_sharing"])
    assert policy.ACCESS.index(got.context_access) <= policy.ACCESS.index(conf["privacy"]["context_access"])
    assert set(got.projects) <= set(conf.get("projects", []))


def test_fields_left_out_are_as_configured():
    got = policy.effective(CONF, "cursor", {"name": "cursor"})
    assert got.integration_type == "deep"
    assert got.features == {"context_sync": True, "pattern_learning": True, "command_integration": True}
    assert (got.data_sharing, got.context_access) == ("filtered", "limited")


def test_unknown_tools_are_refused_when_the_owner_says_so():
    with pytest.raises(ProtocolError) as e:
        policy.effective({**CONF, "allow_unknown": False}, "stranger", {})
    assert e.value.code.value == "forbidden"


@pytest.mark.parametrize("name", ["", "router", "bus", "default", "a b", "x" * 65, "../etc", "é"])
def test_bad_names_are_invalid(name):
    with pytest.raises(ProtocolError) as e:
        policy.effective(CONF, name, {})
    assert e.value.code.value == "invalid"


@settings(max_examples=100)
@given(req=requests)
def test_a_limited_scope_names_only_the_tool_itself_and_configured_sources(req):
    got = policy.effective(CONF, "cursor", req)
    scope = policy.access_scope("cursor", got)
    if got.context_access == "limited":
        assert set(scope["sources"]) == {"cursor", "shell"}
        assert set(scope.get("projects", [])) <= {"p1", "p2"}
    else:
        assert scope == {"mode": got.context_access}


def test_every_right_is_checked():
    weak = policy.ToolConfig(features=dict.fromkeys(policy.FEATURES, False), context_access="none")
    for kind, rights in policy.RIGHTS.items():
        if rights.get("feature") or rights.get("read"):
            with pytest.raises(ProtocolError):
                policy.authorize("weak", weak, kind)
        else:
            policy.authorize("weak", weak, kind)
    passive = policy.ToolConfig(integration_type="passive", features={"context_sync": True})
    policy.authorize("p", passive, "context.preserve")
    for kind in ("context.query", "tool.send", "tool.inbox", "llm.generate"):
        with pytest.raises(ProtocolError):
            policy.authorize("p", passive, kind)
    for kind in ("context.delete", "context.archive", "llm.load", "privacy.restore", "metrics.get"):
        with pytest.raises(ProtocolError):
            policy.authorize("strong", policy.ToolConfig(features=dict.fromkeys(policy.FEATURES, True)), kind)


def test_events_in_scope():
    limited = policy.ToolConfig(features={"context_sync": True})
    assert policy.event_in_scope("me", limited, {"source": "me", "project": "x"})
    assert not policy.event_in_scope("me", limited, {"source": "other", "project": "x"})
    assert not policy.event_in_scope("me", limited, "not a dict")
    assert not policy.may_see_topic(policy.ToolConfig(), "context.preserved")
    assert policy.may_see_topic(limited, "context.preserved")
    assert policy.may_see_topic(policy.ToolConfig(), "tool.registered")
    assert not policy.may_see_topic(limited, "secret.stuff")
