"""Negatives: 20 classes x 3 base kinds x 4 presentations; no secret at all."""

import base64
import hashlib
import json
import random

import common261 as C
import everyday261 as E
import world261 as W

SEED = 26106


def _rb(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def _b64(rng, n):
    return base64.b64encode(_rb(rng, n)).decode()


# ------------------------------------------------------------- identifiers
WMIS = ["WF0", "VF1", "WV1", "VF3", "ZFA"]


def make_vin(rng):
    while True:
        body = rng.choice(WMIS) + C.rstr(rng, C.VIN_CHARS[10:], 2) + C.rstr(rng, C.VIN_CHARS, 3) + "0" + \
            rng.choice("LMNPRS") + rng.choice(C.VIN_CHARS[10:]) + C.rstr(rng, C.DIGITS, 6)
        vin = body[:8] + C.vin_check(body) + body[9:]
        if C.vin_ok(vin):
            return vin


def make_vat(rng):
    while True:
        d = C.rstr(rng, C.DIGITS, 7)
        total = sum(int(x) * w for x, w in zip(d, range(8, 1, -1)))
        chk = (-total) % 97
        nine = d + "%02d" % chk
        if C.ukvat_ok(nine) and nine[0] != "0":
            return nine


def fmt_vat(n):
    return "GB %s %s %s" % (n[:3], n[3:7], n[7:])


def make_imei(rng):
    body = "35" + C.rstr(rng, C.DIGITS, 12)
    return body + C.luhn_digit(body)


def make_iccid(rng):
    body = "8944" + C.rstr(rng, C.DIGITS, 14)
    return body + C.luhn_digit(body)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def age_recipient(rng):
    data = _rb(rng, 32)
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hrp = "age"
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hv + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "age1" + "".join(BECH[x] for x in out + chk)


def age_ok(s):
    hrp = "age"
    data = [BECH.index(c) for c in s[4:]]
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    return _bech32_polymod(hv + data) == 1


# ------------------------------------------------------------- base kinds
def k_vins(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        reg = "%s%02d %s" % (C.rstr(r, "ABCDEFGHJKLMNOPRSTUVWXY", 2), r.choice([19, 20, 21, 22, 23, 24, 71, 72, 73]),
                             C.rstr(r, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3))
        rows.append("%-9s | %-14s | %s | %s" % (reg, r.choice(["Ford Transit", "Renault Trafic", "VW Crafter", "Peugeot Boxer"]),
                                               make_vin(r), "20%02d-%02d" % (r.randint(15, 24), r.randint(1, 12))))
    return ("Van fleet (from the V5C logbooks), Newlyn Net Loft and Fairlead\n"
            "Reg       | Model          | VIN               | First reg\n" + "\n".join(rows) + "\n")


def k_vat(r):
    sup = ["Bainbridge", "Marlow Ropes", "English Braids", "Cornwall Twine Co", "Penryn Hardware", "Seafish supplies"]
    lines = ["%-20s %s" % (s, fmt_vat(make_vat(r))) for s in r.sample(sup, 4)]
    return "Supplier VAT numbers (copied from their invoices, for the quarterly return)\n" + "\n".join(lines) + "\n"


def k_eori(r):
    vat = make_vat(r)
    return ("CUSTOMS DECLARATION - EXPORT\n"
            "Exporter: Tregarthen Rope Walk, Penryn\n"
            "EORI: GB%s000\n"
            "Commodity 5607.50 (twine, cordage, ropes of synthetic fibres)  net %d kg\n"
            "Commodity 5608.11 (made-up fishing nets)                      net %d kg\n"
            "Consignee: Hampidjan agent, Reykjavik\n" % (vat, r.randint(200, 900), r.randint(40, 300)))


def k_imei(r):
    return ("[scan of tracker box label]\n"
            "TELTONIKA FMB920\n"
            "IMEI %s\n"
            "S/N %s\n"
            "Made in EU  CE\n" % (make_imei(r), C.rstr(r, C.DIGITS, 10)))


def k_iccid(r):
    rows = ["%d  %s  data-only 1GB" % (i + 1, make_iccid(r)) for i in range(r.randint(3, 5))]
    return "SIM order for the boat trackers (ICCIDs printed on the cards)\n" + "\n".join(rows) + "\n"


def k_tracker_csv(r):
    rows = ["%s,%s,%s,2025-%02d-%02d" % (b, make_imei(r), make_iccid(r), r.randint(1, 12), r.randint(1, 28))
            for b in r.sample(["Girl Tamsin PZ 77", "Ocean Pride PZ 512", "Barnabas FH 118", "Lowen SS 23", "Gwen Mor PZ 9"], 3)]
    return "boat,imei,iccid,fitted\n" + "\n".join(rows) + "\n"


def k_workboat(r):
    return ("WORKBOAT REGISTRATION CARD\n"
            "Name: Lowen Mor    PLN: PZ %d    Port: Newlyn\n"
            "MMSI: %s    Call sign: 2%s%d\n"
            "Length 9.9 m   Engine 115 kW\n" % (r.randint(10, 1200), r.choice(["232", "235"]) + C.rstr(r, C.DIGITS, 6),
                                                 C.rstr(r, C.UPPER, 3), r.randint(1, 9)))


def k_hin(r):
    rows = []
    for _ in range(4):
        rows.append("GB-%s%s%s%d%02d  %s" % (C.rstr(r, C.UPPER, 3), C.rstr(r, C.UPPER_ALNUM, 5), r.choice("ABCDEFGHIJKL"),
                                             r.randint(0, 9), r.randint(15, 25), r.choice(["Laser", "RS Aero", "Topper", "Wayfarer", "Cornish Shrimper"])))
    return "Dinghies in for sail work, hull identification numbers off the transom plates\n" + "\n".join(rows) + "\n"


def k_entries(r):
    rows = ["%s,GBR %d,%s" % (r.choice(["RS200", "ILCA 7", "Wayfarer", "Falmouth Working Boat", "Flying Fifteen"]),
                              r.randint(100, 9999), r.choice(W.PEOPLE)) for _ in range(4)]
    return "class,sail_number,helm\n" + "\n".join(rows) + "\n"


def k_npm(r):
    deps = ["node_modules/date-fns", "node_modules/zod", "node_modules/pino", "node_modules/undici"]
    obj = {}
    for d in r.sample(deps, 2):
        name = d.split("/")[-1]
        ver = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9))
        obj[d] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                  "integrity": "sha512-" + base64.b64encode(hashlib.sha512(_rb(r, 40)).digest()).decode()}
    return json.dumps({"packages": obj}, indent=2) + "\n"


def k_sri(r):
    return ("<script src=\"https://cdn.bowline.example/planner/app.%s.js\"\n"
            "        integrity=\"sha384-%s\"\n"
            "        crossorigin=\"anonymous\"></script>\n"
            "<link rel=\"stylesheet\" href=\"https://cdn.bowline.example/planner/app.css\"\n"
            "      integrity=\"sha384-%s\" crossorigin=\"anonymous\">\n"
            % (C.rstr(r, C.HEX, 8), base64.b64encode(hashlib.sha384(_rb(r, 50)).digest()).decode(),
               base64.b64encode(hashlib.sha384(_rb(r, 50)).digest()).decode()))


def k_digest(r):
    return ("services:\n"
            "  scheduler:\n"
            "    image: registry.bowline.example/loft-scheduler@sha256:%s\n"
            "  quotes:\n"
            "    image: registry.bowline.example/quotes@sha256:%s\n" % (hashlib.sha256(_rb(r, 30)).hexdigest(),
                                                                        hashlib.sha256(_rb(r, 30)).hexdigest()))


def k_django_hashes(r):
    rows = ["%3d | %-16s | pbkdf2_sha256$870000$%s$%s" % (i, u, C.rstr(r, C.ALNUM, 22), _b64(r, 32))
            for i, u in enumerate(r.sample(["counter", "tamsin", "piran", "demelza", "web", "ewan"], 3), start=r.randint(2, 40))]
    return "shop=# SELECT id, username, password FROM auth_user LIMIT 3;\n id | username         | password\n" + "\n".join(rows) + "\n(3 rows)\n"


def k_argon(r):
    rows = ["%s,$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (u, C.b64u(_rb(r, 16)).replace("-", "+").replace("_", "/"),
                                                         C.b64u(_rb(r, 32)).replace("-", "+").replace("_", "/"))
            for u in r.sample(["skipper.lowen", "skipper.gwen", "office", "mender.jory", "mender.aoife"], 3)]
    return "login,hash\n" + "\n".join(rows) + "\n"


def k_scrypt(r):
    rows = ["%d|%s|scrypt:32768:8:1$%s$%s" % (i, u, C.rstr(r, C.ALNUM, 16), hashlib.sha512(_rb(r, 20)).hexdigest())
            for i, u in enumerate(["booking-admin", "loftdesk"], start=1)]
    return "sqlite> SELECT id, name, hash FROM staff;\n" + "\n".join(rows) + "\n"


def k_jwks(r, signer):
    x, y = signer.pub
    keys = [{"kty": "EC", "crv": "secp256k1", "kid": signer.kid, "use": "sig", "alg": "ES256K",
             "x": C.b64u(x.to_bytes(32, "big")), "y": C.b64u(y.to_bytes(32, "big"))}]
    if r.random() < 0.7:
        d2 = r.randrange(1, C.SECP_N)
        x2, y2 = C.ec_mul(d2)
        keys.append({"kty": "EC", "crv": "secp256k1", "kid": "loft-sched-next-" + C.rstr(r, C.LOWER_ALNUM, 4),
                     "use": "sig", "alg": "ES256K", "x": C.b64u(x2.to_bytes(32, "big")), "y": C.b64u(y2.to_bytes(32, "big"))})
    return "GET https://scheduler.bowline.example/.well-known/jwks.json\n" + json.dumps({"keys": keys}, indent=2) + "\n"


def k_onion(r):
    return ("root@netloft-gw:~# cat /var/lib/tor/loft_ssh/hostname\n%s\n"
            "root@netloft-gw:~# grep HiddenServicePort /etc/tor/torrc\nHiddenServicePort 22 127.0.0.1:22\n" % C.onion_v3(_rb(r, 32)))


def k_knownhosts(r):
    lines = ["%s (%s) ED25519 SHA256:%s" % (h, ip, base64.b64encode(hashlib.sha256(_rb(r, 32)).digest()).decode().rstrip("="))
             for h, ip in r.sample([W.HOSTS[k] for k in ("plotter", "braider", "tensile", "k3s", "db", "mqtt")], 3)]
    return "Host key fingerprints to check on first connect (from ssh-keyscan | ssh-keygen -lf -):\n" + "\n".join(lines) + "\n"


def k_widget(r):
    return ("<head>\n"
            "  <script src=\"https://js.hcaptcha.com/1/api.js\" async defer></script>\n"
            "  <script>posthog.init('phc_%s', {api_host: 'https://eu.i.posthog.com'})</script>\n"
            "</head>\n"
            "<form id=\"repair-booking\">\n"
            "  <div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n"
            "  <div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n"
            "</form>\n" % (C.rstr(r, C.ALNUM, 43), C.uuid4(r), C.rstr(r, C.UPPER_ALNUM + "-_", 14)))


def k_mapbox(r):
    doc = {"u": "bowline-" + C.rstr(r, C.LOWER, 4), "a": C.rstr(r, C.LOWER_ALNUM, 25)}
    return ("// public token, URL-restricted to planner.bowline.example\n"
            "mapboxgl.accessToken = 'pk.%s.%s';\n"
            "const map = new mapboxgl.Map({ container: 'moorings', center: [-5.54, 50.10], zoom: 14 });\n"
            % (C.b64u(json.dumps(doc, separators=(",", ":")).encode()), C.rstr(r, C.B64URL, 22)))


def k_square_langfuse(r):
    return ("// browser side: both of these are public identifiers\n"
            "const payments = Square.payments('sq0idp-%s', 'L%s');\n"
            "const langfuse = new LangfuseWeb({ publicKey: 'pk-lf-%s', baseUrl: 'https://cloud.langfuse.com' });\n"
            % (C.rstr(r, C.ALNUM, 22), C.rstr(r, C.UPPER_ALNUM, 12), C.uuid4(r)))


def _own_keys(r, n, style):
    import vendor261 as V
    pool = [k for k in E.TYPE_NAMES] + [t for t in V.TYPE_NAMES if not t.endswith("password")]
    return [C.style_key(t.split("_"), style) for t in r.sample(pool, n)]


def k_tfvars_decl(r):
    out = []
    for k in _own_keys(r, 3, "snake"):
        out.append("variable \"%s\" {\n  type      = string\n  sensitive = true\n  description = \"set in the workspace, never in git\"\n}\n" % k)
    return "\n".join(out)


def k_schema(r):
    props = {k: {"type": "string", "minLength": 1, "description": "injected from the cluster store"} for k in _own_keys(r, 3, "upper")}
    return json.dumps({"$schema": "https://json-schema.org/draft-07/schema#", "type": "object",
                       "properties": {"env": {"type": "object", "properties": props, "required": sorted(props)}}}, indent=2) + "\n"


def k_pulumi_req(r):
    ks = _own_keys(r, 2, "camel")
    return ("import * as pulumi from '@pulumi/pulumi';\n"
            "const cfg = new pulumi.Config();\n"
            "const %s = cfg.requireSecret('%s');\n"
            "const %s = cfg.requireSecret('%s');\n" % (ks[0], ks[0], ks[1], ks[1]))


def k_redacted_reply(r):
    return ("Hi %s,\n\nThanks, we have rotated it. For the record the old values were:\n"
            "  API key: [redacted]\n  Webhook URL: [redacted]\n"
            "Freshdesk removes anything that looks like a key from replies, so don't worry about the thread.\n\n"
            "Bowline support\n" % r.choice(W.FIRST))


def k_scrubber(r):
    return ("%s INFO  outbound POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer [REDACTED] status=202\n"
            "%s INFO  outbound GET https://quotes.bowline.example/api/quotes?token=******** status=200\n"
            "%s WARN  retrying sync for tablet mending-%02d (credentials masked)\n"
            % ("2025-04-%02dT08:1%d:0%dZ" % (r.randint(1, 28), r.randint(0, 9), r.randint(0, 9)),
               "2025-04-%02dT08:2%d:1%dZ" % (r.randint(1, 28), r.randint(0, 9), r.randint(0, 9)),
               "2025-04-%02dT08:3%d:2%dZ" % (r.randint(1, 28), r.randint(0, 9), r.randint(0, 9)), r.randint(1, 12)))


def k_masked(r):
    return ("Integrations (screen text)\n"
            "Repair-sheet sync     nlt_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s   last used 2 days ago\n"
            "Sail quotes           sqk.\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s   last used today\n"
            "SendGrid              SG.\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s    never\n"
            % (C.rstr(r, C.HEX, 4), C.rstr(r, C.HEX, 4), C.rstr(r, C.ALNUM, 3)))


def k_eso(r):
    ks = _own_keys(r, 2, "upper")
    return ("apiVersion: external-secrets.io/v1beta1\n"
            "kind: ExternalSecret\n"
            "metadata:\n  name: loft-scheduler\n"
            "spec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: bowline-vault\n    kind: ClusterSecretStore\n"
            "  data:\n"
            "    - secretKey: %s\n      remoteRef:\n        key: kv/loft/scheduler\n        property: %s\n"
            "    - secretKey: %s\n      remoteRef:\n        key: kv/loft/scheduler\n        property: %s\n"
            % (ks[0], ks[0].lower(), ks[1], ks[1].lower()))


def k_gcpsm(r):
    names = [k.lower().replace("_", "-") for k in _own_keys(r, 3, "upper")]
    return ("Where the quotes service reads its keys from (Secret Manager resource names):\n" +
            "".join("  projects/bowline-prod/secrets/%s/versions/latest\n" % n for n in names) +
            "To read one: gcloud secrets versions access latest --secret=%s\n" % names[0])


def k_vault_tmpl(r):
    return ("{{ with secret \"kv/data/netloft/sync\" }}\n"
            "NET_LOFT_SYNC_TOKEN={{ .Data.data.token }}\n"
            "{{ end }}\n"
            "# office laptops use Bitwarden Secrets Manager instead:\n"
            "#   bws secret get %s\n" % C.uuid4(r))


def k_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (_b64(r, n), _b64(r, 32), _b64(r, 16))
    ks = _own_keys(r, 2, "snake")
    return ("%s: %s\n%s: %s\n"
            "sops:\n"
            "    age:\n"
            "        - recipient: %s\n"
            "          enc: |\n"
            "            -----BEGIN AGE ENCRYPTED FILE-----\n"
            "            %s\n"
            "            -----END AGE ENCRYPTED FILE-----\n"
            "    lastmodified: \"2025-03-%02dT10:12:44Z\"\n"
            "    mac: %s\n"
            "    version: 3.9.4\n" % (ks[0], enc(r.randint(30, 60)), ks[1], enc(r.randint(30, 60)), age_recipient(r),
                                     _b64(r, 48), r.randint(1, 28), enc(32)))


def k_sealed(r):
    ks = _own_keys(r, 1, "upper")
    return ("apiVersion: bitnami.com/v1alpha1\n"
            "kind: SealedSecret\n"
            "metadata:\n  name: stock-sync\n  namespace: loft\n"
            "spec:\n  encryptedData:\n    %s: AgB%s\n" % (ks[0], _b64(r, 510)))


def k_pgp(r):
    body = _rb(r, r.randint(180, 260))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(C.crc24_openpgp(body).to_bytes(3, "big")).decode()
    return ("Quote archive note, encrypted to the office key:\n"
            "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----\n")


def k_openapi(r):
    return ("components:\n"
            "  securitySchemes:\n"
            "    quoteKey:\n"
            "      type: apiKey\n"
            "      in: header\n"
            "      name: X-Sail-Quote-Key\n"
            "      description: Your sail-quote API key, e.g. `<your-api-key>`.\n"
            "  examples:\n"
            "    authHeader:\n"
            "      value: \"X-Sail-Quote-Key: <your-api-key>\"\n")


def k_manpage(r):
    return ("SYNOPSIS\n"
            "       mosquitto_pub [-h host] [-p port] [-u username [-P password]] -t topic -m message\n\n"
            "       -P, --pw\n"
            "              Provide a password to be used for authenticating with the broker. Using this\n"
            "              argument without also specifying a username is invalid.\n")


def k_sdk_readme(r):
    return ("## Quick start\n\n"
            "```sh\n"
            "export SAIL_QUOTE_API_KEY=\"<paste the key from the dashboard>\"\n"
            "export NET_LOFT_SYNC_TOKEN=\"${NET_LOFT_SYNC_TOKEN:?set me}\"\n"
            "npx sail-quote ping\n"
            "```\n")


def k_minutes(r):
    return ("Ops meeting, %s. Present: %s, %s, %s.\n"
            "1. Key rotation: the sync token and the quote key are due in May. Piran to rotate both and update the vault; "
            "nobody pastes new values into chat this time.\n"
            "2. The plotter PC login is still on a sticky note. Tamsin to remove it and set up the password manager for the loft.\n"
            % ("2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), *r.sample(W.FIRST, 3)))


def k_newsletter(r):
    return ("Bowline Digital newsletter - spot the phish\n"
            "This month three of you received an e-mail 'from Marlow Ropes' asking you to confirm your dealer portal "
            "login. Marlow never asks for that. If in doubt, open the portal from your bookmarks, not from the link, and "
            "tell us. A long passphrase you can remember beats a short one with symbols.\n")


def k_newstarter(r):
    return ("New starter IT rules (net loft office)\n"
            "- Your tablet unlock is personal; do not share it with the crew.\n"
            "- Shared logins live in the office vault, never on the chalkboard.\n"
            "- If a skipper reads a code out over the phone, type it in and then forget it.\n")


def k_bad_pairing(r):
    rows = []
    for _ in range(3):
        b = C.rstr(r, C.UPPER_ALNUM, 12)
        good = C.icao731(b)
        bad = str((int(good) + r.randint(1, 9)) % 10)
        rows.append("    (\"BRP-%s-%s-%s-%s\", False),  # wrong check digit" % (b[:4], b[4:8], b[8:], bad))
    return "BAD_PAIRING_CODES = [\n" + "\n".join(rows) + "\n]\n"


def k_bad_sync(r):
    rows = []
    for _ in range(3):
        b = C.rstr(r, C.ALNUM, 28)
        good = C.oaat32(b.encode())
        bad = good ^ (1 << r.randrange(32))
        rows.append("%s WARN sync-gw rejected token nlt_%s_%08x (checksum mismatch) from 192.168.61.%d"
                    % ("2025-04-%02d 06:%02d" % (r.randint(1, 28), r.randint(0, 59)), b, bad, r.randint(20, 60)))
    return "\n".join(rows) + "\n"


def k_bad_quote(r):
    rows = ["| fixture | expected |", "|---|---|"]
    for _ in range(3):
        b = C.rstr(r, C.LOWER_ALNUM, 24)
        good = C.xxh32(b.encode())
        bad = (good + r.randint(1, 999)) & 0xFFFFFFFF
        rows.append("| sqk.%s.%08x | reject (tail) |" % (b, bad))
    return "\n".join(rows) + "\n"


def k_reel_labels(r):
    rows = []
    for _ in range(3):
        b = C.rstr(r, C.UPPER_ALNUM, 12)
        rows.append("RBT-%s-%s-%s-%s   %s  %d m" % (b[:4], b[4:8], b[8:], C.icao731(b),
                                                  r.choice(["12-plait Dyneema 8 mm", "3-strand polyester 14 mm", "double braid 10 mm"]),
                                                  r.choice([50, 100, 200])))
    return "Reel labels printed today (public batch numbers, same check digit as the pairing codes)\n" + "\n".join(rows) + "\n"


def k_spool_labels(r):
    rows = []
    for _ in range(3):
        b = C.rstr(r, C.ALNUM, 20)
        rows.append("tw_%s_%08x  PE braided twine %s" % (b, C.oaat32(b.encode()), r.choice(["R1650 tex", "R2500 tex", "R3300 tex"])))
    return "Twine spool stickers (scan codes, printed on every spool)\n" + "\n".join(rows) + "\n"


def k_roll_tickets(r):
    rows = []
    for _ in range(3):
        b = C.rstr(r, C.LOWER_ALNUM, 16)
        rows.append("rol.%s.%08x  %s  %d m" % (b, C.xxh32(b.encode()), r.choice(["DP DYS 7.62 oz", "Challenge 6.5 oz", "Contender 9 oz"]), r.randint(20, 90)))
    return "Sailcloth roll tickets (the code is printed on the outside of each roll)\n" + "\n".join(rows) + "\n"


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def k_ulid_log(r):
    rows = ["%s %s %s %d %dms" % ("2025-04-%02dT09:%02d:%02dZ" % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59)),
                                  "01J" + C.rstr(r, CROCK, 23), r.choice(["GET /api/slots", "POST /api/bookings", "GET /api/quotes"]),
                                  r.choice([200, 201, 404]), r.randint(3, 400)) for _ in range(4)]
    return "\n".join(rows) + "\n"


def k_ray(r):
    return ("Error 522: Connection timed out\n"
            "What happened? The web server at quotes.bowline.example did not respond in time.\n"
            "Cloudflare Ray ID: %s \u2022 Your IP: Click to reveal \u2022 Performance & security by Cloudflare\n"
            % (C.rstr(r, C.HEX, 16) + "-LHR"))


def k_xray(r):
    return ("X-Amzn-Trace-Id: Root=1-%s-%s;Parent=%s;Sampled=1\n"
            "X-Request-Id: %s\n" % (C.rstr(r, C.HEX, 8), C.rstr(r, C.HEX, 24), C.rstr(r, C.HEX, 16), C.uuid4(r)))


def k_sailform(r):
    return ("SAIL MEASUREMENT - Halyard & Thimble\n"
            "Boat: %s   Sail: %s   Sail no: GBR %d\n"
            "Luff %.2f m   Leech %.2f m   Foot %.2f m\n"
            "Cloth: %s   Battens: %d full length\n"
            "Reefs: %d   Cunningham eye 0.35 m up the luff\n"
            % (r.choice(["Ocean Pride", "Lowen", "Kittiwake"]), r.choice(["mainsail", "genoa", "working jib"]), r.randint(1000, 9999),
               r.uniform(7, 13), r.uniform(7, 13), r.uniform(2.5, 5), r.choice(["DP DYS 7.62 oz", "Challenge High Modulus 8 oz", "Contender Cruise 7 oz"]),
               r.randint(2, 5), r.randint(1, 3)))


def k_orc(r):
    return ("ORC headsail data (excerpt)\n"
            "HLU %.2f  HHB %.2f  HTW %.2f  HUW %.2f  HQW %.2f  HHW %.2f  HLP %.2f\n"
            "Sail ID %s%d   Measurer GBR-M%03d\n"
            % tuple([r.uniform(8, 12)] + [r.uniform(0.05, 3.5) for _ in range(6)] + [r.choice(["ORC", "GBR"]), r.randint(10000, 99999), r.randint(1, 999)]))


def k_panels(r):
    rows = ["P%02d  width %d mm  length %d mm  seam %d mm" % (i, r.randint(900, 1370), r.randint(2000, 9000), r.choice([20, 25, 30]))
            for i in range(1, r.randint(4, 6))]
    return "Loft floor panel list (projector job)\n" + "\n".join(rows) + "\n"


def k_ropedata(r):
    rows = ["%2d mm  MBL %5d kg  %5.1f g/m  %s" % (d, d * d * r.randint(30, 45), d * d * 0.65, r.choice(["12-plait SK78", "double braid polyester", "3-strand nylon"]))
            for d in sorted(r.sample([4, 5, 6, 8, 10, 12, 14, 16], 4))]
    return "Datasheet\n" + "\n".join(rows) + "\n"


def k_certificate(r):
    return ("TENSILE TEST CERTIFICATE\n"
            "Batch TR%d/%02d   Construction: %s   Diameter %d mm\n"
            "Break load %d kgf at %.1f %% elongation   Spliced both ends (eye splice, %d fid lengths taper)\n"
            "Tested on rig TR-%d, operator %s\n"
            % (r.randint(1000, 9999), r.randint(20, 25), r.choice(["12-plait", "double braid", "3-strand"]), r.randint(4, 16),
               r.randint(800, 9000), r.uniform(2, 12), r.randint(2, 4), r.randint(2, 9), r.choice(W.FIRST)))


def k_splice(r):
    return ("Splice card: 12-plait Brummel eye\n"
            "Fid length for %d mm rope: %d mm (21 x diameter)\n"
            "Bury: 1 fid length   Taper: %d strands dropped every %d mm\n"
            % (d := r.randint(6, 14), d * 21, r.choice([2, 4]), r.choice([20, 30, 40])))


def k_netplan(r):
    return ("TRAWL NET PLAN - %s\n"
            "Headline %.1f m   Footrope %.1f m\n"
            "Wing panels: PE 4 mm, mesh %d mm, %d meshes across, cutting rate 1N2B\n"
            "Codend: PE 6 mm double, mesh %d mm\n"
            % (r.choice(["Barnabas", "Girl Tamsin", "Ocean Pride"]), r.uniform(18, 30), r.uniform(22, 36),
               r.choice([80, 100, 120]), r.randint(60, 160), r.choice([80, 90, 100])))


def k_twine(r):
    rows = ["%s  %s  %d spools" % (r.choice(["PE braided", "PA multifilament", "PES tarred"]), r.choice(["R1650 tex", "R2500 tex", "R3300 tex", "210d/36"]),
                                  r.randint(2, 40)) for _ in range(4)]
    return "Twine store stock\n" + "\n".join(rows) + "\n"


def k_gillnet(r):
    return ("Gill net hanging sheet\n"
            "Mesh %d mm stretched, %d meshes deep\n"
            "Hanging ratio %.2f   Floats every %.1f m   Leads every %.1f m\n"
            % (r.choice([90, 100, 110, 120]), r.randint(20, 60), r.choice([0.45, 0.5, 0.55]), r.uniform(0.5, 1.2), r.uniform(0.4, 1.0)))


def k_tideworksheet(r):
    lw = r.randint(4, 12) / 10
    hw = r.randint(40, 56) / 10
    rng_ = round(hw - lw, 1)
    h = r.randint(1, 5)
    cum = {1: 1, 2: 3, 3: 6, 4: 9, 5: 11}[h]
    return ("Tide worksheet, Newlyn, for the codend job on the slip\n"
            "LW %.1f m, HW %.1f m, range %.1f m\n"
            "%d h after LW the tide has risen %d/12 of the range: %.1f + %.1f x %d/12 = %.2f m\n"
            % (lw, hw, rng_, h, cum, lw, rng_, cum, lw + rng_ * cum / 12))


def k_results(r):
    rows = []
    for b in r.sample(["Kittiwake", "Lowen", "Gull", "Whimbrel", "Spindrift"], 3):
        sc = [r.randint(1, 12) for _ in range(6)]
        kept = sorted(sc)[:-1]
        rows.append("%-10s %s  (discard %d)  total %d" % (b, " ".join(map(str, sc)), max(sc), sum(kept)))
    return "Falmouth Working Boats - summer series (low point, one discard)\n" + "\n".join(rows) + "\n"


def k_receipt(r):
    items = [("Shackle 8 mm", r.randint(6, 14)), ("Snap hook", r.randint(5, 12)), ("Whipping twine", r.randint(3, 8)),
             ("Sail tape", r.randint(4, 10)), ("Fid set", r.randint(12, 30))]
    pick = r.sample(items, 3)
    free = min(pick, key=lambda x: x[1])
    lines = ["%-16s GBP %d.00" % it for it in pick]
    return ("FAIRLEAD CHANDLERY\n" + "\n".join(lines) +
            "\n3 for 2 (%s free) -GBP %d.00\nTOTAL            GBP %d.00\nCard ****\n" % (free[0].lower(), free[1], sum(p for _, p in pick) - free[1]))


CLASSES = [
    ("van_vin_and_vat_registrations", "VINs with real check digits, UK VAT numbers (real mod-97 check) and an EORI built from one",
     [("van_fleet_v5c_summary", k_vins), ("supplier_vat_number_list", k_vat), ("eori_customs_declaration_header", k_eori)]),
    ("tracker_imei_and_iccid_labels", "IMEIs and ICCIDs with real Luhn check digits on the workboat trackers and their SIMs",
     [("tracker_box_label_scan", k_imei), ("sim_card_order_sheet", k_iccid), ("tracker_fleet_inventory_csv", k_tracker_csv)]),
    ("vessel_mmsi_hin_and_sail_numbers", "MMSIs, call signs, port letters and numbers, EU hull identification numbers and sail numbers",
     [("workboat_registration_card", k_workboat), ("dinghy_hin_plate_register", k_hin), ("regatta_entry_list_csv", k_entries)]),
    ("lockfile_integrity_and_image_digests", "npm lockfile sha512 integrity, HTML subresource-integrity sha384 and image sha256 digests of random bytes",
     [("package_lock_integrity_excerpt", k_npm), ("html_sri_script_tags", k_sri), ("container_image_digest_pins", k_digest)]),
    ("argon2_and_pbkdf2_user_hashes", "Django pbkdf2_sha256 (in a column called password), Argon2id PHC and Werkzeug scrypt hashes, random in frame",
     [("django_auth_user_dump", k_django_hashes), ("argon2id_users_table_csv", k_argon), ("werkzeug_scrypt_hash_rows", k_scrypt)]),
    ("secp256k1_jwks_and_onion_addresses", "the real secp256k1 JWKS that verifies the scheduler tokens, Tor v3 onion addresses with real SHA3 checksums, SSH host-key fingerprints",
     [("scheduler_jwks_document", k_jwks), ("tor_onion_service_hostname", k_onion), ("ssh_known_hosts_fingerprints", k_knownhosts)]),
    ("booking_page_public_widget_keys", "public by design: hCaptcha and Turnstile site keys, PostHog project key, Mapbox pk. token, Square application and location ids, Langfuse public key",
     [("booking_page_head_snippet", k_widget), ("planner_map_public_token", k_mapbox), ("square_and_langfuse_public_ids", k_square_langfuse)]),
    ("iac_variable_declarations_no_values", "this corpus's own key names declared without values: Terraform sensitive variables, a JSON schema, Pulumi requireSecret",
     [("terraform_variables_tf", k_tfvars_decl), ("helm_values_schema_json", k_schema), ("pulumi_config_requirements", k_pulumi_req)]),
    ("support_ticket_redacted_values", "[redacted], [REDACTED], ******** and bullet-masked previews keeping at most four characters of the secret part",
     [("freshdesk_redacted_reply", k_redacted_reply), ("log_scrubber_output", k_scrubber), ("masked_integration_settings", k_masked)]),
    ("external_secret_references", "pointers: External Secrets remoteRef keys, GCP Secret Manager resource names, Vault agent templates and a bws secret id",
     [("externalsecret_manifest", k_eso), ("gcp_secret_manager_resource_names", k_gcpsm), ("vault_agent_template", k_vault_tmpl)]),
    ("sops_and_sealed_secret_ciphertexts", "ciphertexts whose key is elsewhere: SOPS ENC[AES256_GCM,...] values with a real age recipient checksum, SealedSecret blobs, PGP armour with a real CRC-24",
     [("sops_encrypted_values_yaml", k_sops), ("sealedsecret_manifest", k_sealed), ("pgp_armored_message_note", k_pgp)]),
    ("openapi_and_manpage_examples", "documentation: OpenAPI security schemes with <your-api-key>, a man-page synopsis, a README with shell placeholders",
     [("openapi_security_scheme_example", k_openapi), ("man_page_synopsis_excerpt", k_manpage), ("sdk_readme_env_placeholders", k_sdk_readme)]),
    ("key_rotation_minutes_prose", "meeting minutes, a newsletter and new-starter rules about keys and passwords, with no value",
     [("ops_meeting_minutes", k_minutes), ("phishing_awareness_newsletter", k_newsletter), ("new_starter_it_rules", k_newstarter)]),
    ("own_token_shapes_failing_checks", "this corpus's own BRP- / nlt_ / sqk. layouts with a wrong 7-3-1 digit, a wrong one-at-a-time tail or a wrong xxHash32 tail",
     [("pairing_code_validator_tests", k_bad_pairing), ("sync_token_reject_log", k_bad_sync), ("quote_key_fixture_table", k_bad_quote)]),
    ("rope_batch_trace_labels", "public labels that use the positives' own checks under other prefixes: RBT- (7-3-1), tw_ (one-at-a-time), rol. (xxHash32), all valid",
     [("rope_reel_batch_labels", k_reel_labels), ("twine_spool_label_sheet", k_spool_labels), ("sailcloth_roll_tickets", k_roll_tickets)]),
    ("ulid_and_ray_identifiers", "ULID request ids, Cloudflare Ray IDs, X-Ray trace ids and a UUIDv4 request id",
     [("api_gateway_access_log", k_ulid_log), ("cloudflare_ray_footer", k_ray), ("xray_trace_header_dump", k_xray)]),
    ("sail_plan_measurement_sheets", "sail measurements, ORC headsail data and loft-floor panel lists that read like codes",
     [("sail_measurement_form", k_sailform), ("orc_sail_certificate_excerpt", k_orc), ("loft_floor_panel_list", k_panels)]),
    ("rope_spec_and_test_certificates", "rope datasheets, tensile certificates and splice cards",
     [("rope_datasheet_table", k_ropedata), ("tensile_test_certificate", k_certificate), ("splice_spec_card", k_splice)]),
    ("trawl_net_plans_and_twine_codes", "trawl net plans, twine store stock and gill-net hanging sheets (tex counts, cutting rates)",
     [("trawl_net_plan_legend", k_netplan), ("twine_store_stock_list", k_twine), ("gillnet_hanging_sheet", k_gillnet)]),
    ("genuine_tide_and_regatta_sheets", "genuine tide worksheets (rule of twelfths), regatta results (low point) and a three-for-two receipt: the look of three evasions, carrying nothing",
     [("tide_height_worksheet", k_tideworksheet), ("regatta_series_results", k_results), ("chandlery_offer_receipt", k_receipt)]),
]

WRAPPERS = ["", "__quoted_in_jira_ticket", "__pasted_in_telegram_chat", "__printed_in_loft_binder"]


def wrap(w, text, rng):
    if w == "":
        return text
    if w == "__quoted_in_jira_ticket":
        return ("Comment on LOFT-%d by %s:\nQuoting this for reference only, there is nothing in it to rotate.\n{noformat}\n%s{noformat}\n"
                % (rng.randint(100, 999), rng.choice(W.PEOPLE), text))
    if w == "__pasted_in_telegram_chat":
        return ("%s, [%02d.%02d.2025 %02d:%02d]\n%s\n%s: that's all public stuff, fine to keep here\n"
                % (rng.choice(W.PEOPLE), rng.randint(1, 28), rng.randint(1, 12), rng.randint(7, 18), rng.randint(0, 59),
                   text.rstrip("\n"), rng.choice(W.FIRST)))
    return ("HALYARD & THIMBLE / BOWLINE - LOFT BINDER - reference sheet %d\n\n%s\n(printed copy, no logins on this page)\n"
            % (rng.randint(1, 60), text.rstrip("\n")))


def build(signer, positives_values, plains, pwfinder):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cls, _, kinds in CLASSES:
        for kind, gen in kinds:
            for w in WRAPPERS:
                for _ in range(200):
                    base = gen(rng, signer) if gen is k_jwks else gen(rng)
                    text = wrap(w, base, rng)
                    if text in seen:
                        continue
                    if any(v in text for v in positives_values) or any(p in text for p in plains):
                        continue
                    if pwfinder.search(text) or C.JWT_RE.search(text):
                        continue
                    if any(not C.uuid_is_v4(u) for u in C.UUID_RE.findall(text)):
                        continue
                    break
                else:
                    raise RuntimeError("negative %s could not be drawn" % kind)
                seen.add(text)
                recs.append({"class": cls, "container": kind + w, "text": text, "source": "negative"})
    return recs
