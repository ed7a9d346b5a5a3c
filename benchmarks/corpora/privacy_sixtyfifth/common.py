"""Shared helpers for the p65 corpus (stdlib only, deterministic)."""
import base64, json, string

PFX = "p65"
AN = string.ascii_letters + string.digits
LOWER_AN = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"

WORDS = ["lidar", "gimbal", "torque", "servo", "rotor", "odometry", "canbus", "aileron", "rudder", "gyro",
         "kalman", "bogie", "chassis", "thruster", "payload", "avionics", "actuator", "telemetry", "encoder",
         "stator", "nacelle", "spoiler", "flap", "rover", "quadcopter", "harness", "gearbox", "piston",
         "airframe", "pitot", "altimeter", "sonar", "radar", "apogee", "perigee", "bracket", "wiring", "caliper"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng):
    return rng.choice(WORDS) + rng.choice("-_.") + rs(rng, LOWER_AN, rng.randint(4, 7)) + rs(rng, string.digits, 2)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, payload):
    return b64url_json({"alg": "HS256", "typ": "JWT"}) + "." + b64url_json(payload) + "." + rs(rng, B64U, 43)


def b64_bytes(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


HOSTS = ["hil-rig-03.bench.example", "simfarm-gw.eng.example", "plm.corp.example", "gcs-laptop-7.field.example",
         "ci.robotics.example", "ntrip.gnss.example", "supplier.portal.example", "telemetry.fleet.example",
         "alm.eng.example", "dyno-cell-2.test.example", "wind-tunnel.aero.example", "av-lab-nas.eng.example"]
USERS = ["bench_op", "plm_sync", "hil_ci", "fleet_ops", "sim_runner", "qa_lab", "gcs_pilot", "ecu_flash",
         "ppap_upload", "av_logger", "ros_deploy", "testcell"]


def fill(rng):
    return {"H": rng.choice(HOSTS), "U": rng.choice(USERS), "N": str(rng.randint(100, 9999))}


class Slot:
    """Builds a text from pieces, recording the span of the value piece."""


def make_record(rid, rtype, container, text, value, source, extra=None):
    start = text.index(value)
    span = {"value": value, "start": start, "end": start + len(value), "type": rtype}
    if extra:
        span.update(extra)
    rec = {"id": rid, "type": rtype, "container": container, "text": text, "secrets": [span], "source": source}
    return rec


def render(template, value, rng, extra=None):
    """template uses {V} for the value and {H} {U} {N} fillers; literal braces doubled."""
    d = fill(rng)
    if extra:
        d.update(extra)
    marker = "\ue000"
    d["V"] = marker
    t = template.format(**d)
    assert t.count(marker) == 1, template
    return t.replace(marker, value)


def count_overlapping(text, sub):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)


class Pool:
    """One uniqueness pool: no value reused, no value >= 6 chars a substring of another."""

    def __init__(self):
        self.vals = []

    def ok(self, v):
        for w in self.vals:
            if v == w or (len(v) >= 6 and v in w) or (len(w) >= 6 and w in v):
                return False
        return True

    def draw(self, rng, gen):
        for _ in range(200):
            v = gen(rng)
            if self.ok(v):
                self.vals.append(v)
                return v
        raise RuntimeError("pool exhausted")


def emit(rng, pool, template, gen, extra=None, max_try=50):
    """Draw a value and render it; redraw fillers/values until it occurs exactly once."""
    for _ in range(max_try):
        v = pool.draw(rng, gen)
        t = render(template, v, rng, extra)
        if count_overlapping(t, v) == 1:
            return t, v
        pool.vals.remove(v)
    raise RuntimeError("cannot place value once: " + template[:40])
