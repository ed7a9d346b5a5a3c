"""Shared helpers for p85 (GIS / geospatial). Standard library only."""
import base64, json, string, uuid, zlib

SLOT = "\ue000"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

GEO_WORDS = ["contour", "isobath", "geoid", "datum", "azimuth", "raster", "bathy", "graticule",
             "meridian", "ellipsoid", "parcel", "hillshade", "orthophoto", "lidar", "centroid",
             "isoline", "benchmark", "theodolite", "basemap", "toponym", "swath", "tessera",
             "traverse", "baseline", "polyline", "quadtree", "geodesic", "bearing", "transect",
             "isohyet", "cadastre", "waypoint", "outcrop", "escarpment", "watershed", "saddle"]


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(r, payload, alg="HS256", siglen=43):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(r, B64URL, siglen)


def owner_pw(r):
    w = r.choice(GEO_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice("-_.") + rs(r, LOWALNUM, r.randint(4, 7)) + str(r.randint(10, 99))


def base62_int(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def github_token(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xffffffff, 6)


def aws_secret(r):
    return rs(r, B64, 40)


def rec(template, value):
    """template contains SLOT exactly once; returns (text, start, end)."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


class Registry:
    """Global uniqueness of generated values."""
    def __init__(self):
        self.seen = set()

    def new(self, fn, *a):
        for _ in range(100):
            v = fn(*a)
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("cannot draw a fresh value")


def make_pos(rid, typ, container, template, value, source):
    text, s, e = rec(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source}


HOSTS = ["gis.survey.example", "maps.cityworks.example", "tiles.basin.example", "geo.fieldops.example",
         "portal.landrec.example", "pg.hydro.example", "ogc.coastal.example", "imagery.agri.example"]
USERS = ["gis_editor", "surveyor", "tile_loader", "portaladmin", "osm_import", "drone_ops", "qgis_reader", "sde"]
