"""Shared helpers: value generators, uniqueness pool, record construction."""
import string

SLOT = "\ue000"
LOW = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64 = ALNUM + "+/"
URLS = ALNUM + "-_"
PW_WORDS = ["hangzhou", "shenzhen", "chengdu", "qingdao", "xiamen", "suzhou", "nanjing", "wuhan",
            "pangyo", "busan", "jeju", "incheon", "sapporo", "fukuoka", "sendai", "kyoto",
            "zhuhai", "dalian", "hefei", "kunming", "taichung", "tainan", "gwangju", "daejeon",
            "yokohama", "nagoya", "kobe", "lijiang", "guilin", "harbin", "ningbo", "wuxi"]


class Pool:
    def __init__(self):
        self.vals = set()

    def ok(self, v):
        if v in self.vals:
            return False
        if len(v) >= 6:
            for o in self.vals:
                if len(o) >= 6 and (v in o or o in v):
                    return False
        return True

    def add(self, v):
        self.vals.add(v)


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def hexl(r, n):
    return rs(r, HEXL, n)


def uuid4(r):
    h = hexl(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def owner_pw(r):
    return r.choice(PW_WORDS) + r.choice("-_.") + rs(r, LOW + DIG, r.randint(4, 7)) + rs(r, DIG, 2)


def draw(r, pool, fn):
    for _ in range(1000):
        v = fn(r)
        if pool.ok(v):
            pool.add(v)
            return v
    raise RuntimeError("could not draw unique value")


def place(template, value):
    """template contains exactly one SLOT."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def rec(rid, typ, container, template, value, source, extra=None):
    text, s, e = place(template, value)
    span = {"value": value, "start": s, "end": e, "type": typ}
    if extra:
        span.update(extra)
    d = {"id": rid, "type": typ, "container": container, "text": text, "secrets": [span], "source": source}
    return d


HOSTS = ["rm-bp1{0}.mysql.rds.aliyuncs.com", "cdb-{0}.sql.tencentcdb.com", "{0}.rds.myhuaweicloud.com",
         "gz-cynosdbmysql-{0}.sql.tencentcdb.com", "r-bp1{0}.redis.rds.aliyuncs.com", "ob-{0}.oceanbase.aliyuncs.com"]
USERS = ["dev_ops", "app_rw", "ci_bot", "deploy", "svc_order", "svc_pay", "etl_sync", "miniapp_api", "wxbot", "report_ro"]


def host(r):
    return r.choice(HOSTS).format(rs(r, LOW + DIG, 8))


def user(r):
    return r.choice(USERS)
