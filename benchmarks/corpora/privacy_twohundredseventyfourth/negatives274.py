"""Negatives: 20 classes x 11 records from the same world; none holds a secret."""
import base64
import hashlib
import json
import random

import common274 as C
import enc274
import everyday274 as E
import world274 as W

SEED = 27406

ROLE_MAIL = ["accounts@coppiceholm.example", "lab@emberline-biochar.example", "yard@blackmoss-turf.example",
             "hello@kindlewright.example", "orders@coppiceholm.example", "compliance@emberline-biochar.example"]


def _rip(r):
    return "10.74.%d.%d" % (r.randint(10, 19), r.randint(2, 250))


# ---------------------------------------------------------------- 1 EC numbers
def _ec(r):
    while True:
        six = "%d%05d" % (r.randint(2, 4), r.randint(0, 99999))
        c = C.ec_check(six)
        if c != 10:
            return "%s-%s-%d" % (six[:3], six[3:], c)


def n_ec(r, kind):
    if kind == 0:
        return ("SAFETY DATA SHEET - Lumpwood charcoal (hardwood), %d kg\nSECTION 1: Identification of the substance and of the company\n"
                "1.1 Product identifier: wood charcoal\n    EC number: 231-153-3\n    CAS number: 7440-44-0\n    REACH: exempt under Annex V (7)\n"
                "1.2 Relevant uses: barbecue fuel\n1.3 Supplier: Coppiceholm Charcoal Co-operative, Satterbeck, Cumbria\n    e-mail: %s\n"
                "1.4 Emergency telephone: 0800 %03d %04d (office hours)\nTransport: UN1361, class 4.2, packing group III\n"
                % (r.choice([3, 5, 10]), r.choice(ROLE_MAIL), r.randint(100, 999), r.randint(0, 9999)))
    rows = ["substance,ec_number,un_number,hazard_class"]
    names = ["wood charcoal", "calcium carbonate", "quicklime", "sodium hydroxide", "ethanol", "acetic acid", "kaolin",
             "iron oxide", "potassium nitrate", "ammonium sulfate", "diesel fuel", "hydraulic oil"]
    fixed = {"wood charcoal": "231-153-3", "calcium carbonate": "207-439-9", "ethanol": "200-578-6", "acetic acid": "200-580-7"}
    for nm in r.sample(names, r.randint(5, 8)):
        rows.append("%s,%s,%s,%s" % (nm, fixed.get(nm, _ec(r)), r.choice(["UN1361", "UN1170", "UN2789", "-", "UN1202"]),
                                      r.choice(["4.2", "3", "8", "none", "9"])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 2 VAT numbers
def _vat(r):
    return C.vat_make("%07d" % r.randint(1000000, 9999999), r.random() < 0.5)


def n_vat(r, kind):
    if kind == 0:
        v = _vat(r)
        return ("INVOICE %s-%05d\nBlackmoss Turf & Peat, Tuam Road, Co. Galway\nTo: Coppiceholm Charcoal Co-operative\n\n"
                "40 x turf bales (domestic)       EUR %d.00\nDelivery                          EUR %d.00\n\n"
                "Supplier VAT no. GB %s %s %s   EORI GB%s000\nCompany no. %08d  Registered in England and Wales\nPayment terms 30 days. Thank you!\n"
                % (r.choice(["BMT", "INV"]), r.randint(1, 99999), r.randint(200, 900), r.randint(20, 90), v[:3], v[3:7], v[7:], v, r.randint(1000000, 99999999)))
    rows = ["supplier,vat_number,eori,registered"]
    for nm in r.sample(["Satterbeck Sawmill Ltd", "Fellside Hauliers", "Jedburgh Agri Supplies", "Borders Woodchip Co", "Kendal Packaging",
                        "Solway Pallets", "Tweed Valley Lab Services", "Rusland Coppice Crafts"], 5):
        v = _vat(r)
        rows.append("%s,GB%s,GB%s000,%d-%02d-%02d" % (nm, v, v, r.randint(1995, 2022), r.randint(1, 12), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 3 IPv4 headers
def _ipv4(r):
    total = r.randint(40, 600)
    proto = r.choice([6, 17])
    hdr = bytearray([0x45, 0, total >> 8, total & 0xFF, r.getrandbits(8), r.getrandbits(8), 0x40, 0, 64, proto, 0, 0])
    hdr += bytes([10, 74, r.randint(1, 9), r.randint(2, 250), 10, 74, r.randint(1, 9), r.randint(2, 250)])
    ck = C.inet_checksum(bytes(hdr))
    hdr[10], hdr[11] = ck >> 8, ck & 0xFF
    assert C.inet_sum(bytes(hdr)) == 0xFFFF
    return bytes(hdr), proto


def n_ipv4(r, kind):
    out = []
    if kind == 0:
        out.append("$ sudo tcpdump -ni eth0 -xx -c %d host %s" % (2, _rip(r)))
        for _ in range(2):
            hdr, proto = _ipv4(r)
            out.append("%02d:%02d:%02d.%06d IP 10.74.%d.%d.%d > 10.74.%d.%d.%d: %s, length %d" % (
                r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999), hdr[14], hdr[15], r.randint(1024, 65000),
                hdr[18], hdr[19], r.choice([1883, 502, 8883]), "Flags [P.]" if proto == 6 else "UDP", (hdr[2] << 8 | hdr[3]) - 20))
            raw = hdr + bytes([r.getrandbits(8) for _ in range(12)])
            for off in range(0, len(raw), 16):
                chunk = raw[off:off + 16]
                words = " ".join(chunk[i:i + 2].hex() for i in range(0, len(chunk), 2))
                out.append("\t0x%04x:  %s" % (off, words))
    else:
        out.append("kernel: [UFW BLOCK] header dump (checksums verified)")
        for _ in range(r.randint(2, 4)):
            hdr, proto = _ipv4(r)
            out.append("ipv4 hdr=%s proto=%d csum=0x%s ok" % (hdr.hex(), proto, hdr[10:12].hex()))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- 4 QR codewords
def _qr_data(text):
    data = text.encode()
    bits = "0100" + format(len(data), "08b") + "".join(format(b, "08b") for b in data)
    cap = 44 * 8
    bits += "0" * min(4, cap - len(bits))
    bits += "0" * (-len(bits) % 8)
    cws = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    i = 0
    while len(cws) < 44:
        cws.append(pad[i % 2])
        i += 1
    return cws


def n_qr(r, kind):
    url = "https://coppiceholm.example/b/%04d" % r.randint(0, 9999)
    data = _qr_data(url)
    assert len(data) == 44
    ec = C.rs_parity(data, 26)
    assert C.rs_syndromes_zero(data + ec, 26)
    if kind == 0:
        return ("sack-label: encoding batch URL %s\nqr: version 3-M, byte mode, 1 block\nqr: data codewords: %s\nqr: ec codewords:   %s\n"
                "qr: mask pattern 3 chosen (penalty %d)\n" % (url, " ".join(map(str, data)), " ".join(map(str, ec)), r.randint(300, 700)))
    return ("$ zint -b 58 --vers=3 --secure=2 --dump -d '%s'\nCodewords: %s\n"
            % (url, " ".join("%02X" % x for x in data + ec)))


# ---------------------------------------------------------------- 5 SM3 / SHA digests
def n_digest(r, kind):
    if kind == 0:
        lines = ["$ gmssl sm3 -hex kilnctl-fw-*.bin"]
        for v in range(r.randint(2, 4)):
            lines.append("%s  kilnctl-fw-3.%d.%d.bin" % (C.sm3(C.rbytes(r, 64)).hex(), r.randint(0, 9), v))
        return "\n".join(lines) + "\n"
    comps = []
    for nm in r.sample(["serde", "tokio", "rumqttc", "chrono", "reqwest", "rustls", "hyper"], 3):
        comps.append({"type": "library", "name": nm, "version": "1.%d.%d" % (r.randint(0, 40), r.randint(0, 9)),
                      "hashes": [{"alg": "SHA-256", "content": hashlib.sha256(C.rbytes(r, 32)).hexdigest()},
                                 {"alg": "SHA-384", "content": hashlib.sha384(C.rbytes(r, 32)).hexdigest()}]})
    return json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": comps}, indent=2)


# ---------------------------------------------------------------- 6 password hashes
def _pbkdf2(r):
    salt = C.rstr(r, C.BASE62, 22)
    it = 260000
    dk = hashlib.pbkdf2_hmac("sha256", C.rbytes(r, 12), salt.encode(), it)
    return "pbkdf2_sha256$%d$%s$%s" % (it, salt, base64.b64encode(dk).decode())


def _ssha(r):
    salt = C.rbytes(r, 8)
    return "{SSHA}" + base64.b64encode(hashlib.sha1(C.rbytes(r, 12) + salt).digest() + salt).decode()


def n_hash(r, kind):
    if kind == 0:
        rows = ["ledger=# SELECT id, username, password FROM auth_user ORDER BY id;",
                " id | username  |                                        password",
                "----+-----------+--------------------------------------------------------------------------------"]
        for i, u in enumerate(r.sample(W.USERS, 2), start=1):
            rows.append(" %2d | %-9s | %s" % (i, u, _pbkdf2(r)))
        rows.append("(2 rows)")
        return "\n".join(rows) + "\n"
    out = []
    for u in r.sample(W.USERS, 2):
        out.append("dn: uid=%s,ou=people,dc=kindlewright,dc=example\nobjectClass: inetOrgPerson\nuid: %s\ncn: %s\nuserPassword: %s\n"
                   % (u, u, u.capitalize(), _ssha(r)))
    return "\n".join(out)


# ---------------------------------------------------------------- 7 public keys
def n_pubkey(r, kind):
    if kind == 0:
        lines = ["# /home/deploy/.ssh/authorized_keys on mrvworker"]
        for u in r.sample(W.USERS, r.randint(2, 3)):
            lines.append(C.ssh_ed25519_line(C.ed25519_public(C.rbytes(r, 32)), "%s@kindlewright" % u))
        return "\n".join(lines) + "\n"
    pub = C.ed25519_public(C.rbytes(r, 32))
    kid = C.rbytes(r, 8)
    return ("## Verifying releases\n\nReleases of kilnctl are signed with minisign. The public key is:\n\n"
            "    untrusted comment: minisign public key %s\n    %s\n\nVerify with `minisign -Vm kilnctl-3.%d.tar.gz -p kilnctl.pub`.\n"
            % (kid[::-1].hex().upper(), C.minisign_pub(kid, pub), r.randint(0, 9)))


# ---------------------------------------------------------------- 8 public site keys
def _mapbox_pk(r):
    body = json.dumps({"u": "coppiceholm", "a": C.rstr(r, C.LOWALNUM, 14)}, separators=(",", ":")).encode()
    return "pk." + C.b64u(body) + "." + C.rstr(r, C.B64URL, 22)


def n_sitekeys(r, kind):
    if kind == 0:
        return ("<head>\n  <script src=\"https://challenges.cloudflare.com/turnstile/v0/api.js\" async defer></script>\n"
                "  <script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>\n</head>\n<form action=\"/checkout\" method=\"post\">\n"
                "  <div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n</form>\n<div id=\"map\" data-mapbox-token=\"%s\"></div>\n"
                % (C.rstr(r, C.UPALNUM, 10), C.rstr(r, C.B64URL, 12), _mapbox_pk(r)))
    return json.dumps({"public": {"hcaptchaSiteKey": C.uuid4(r), "squareApplicationId": "sq0idp-" + C.rstr(r, C.B64URL, 22),
                                  "mapboxPublicToken": _mapbox_pk(r), "analytics": "G-" + C.rstr(r, C.UPALNUM, 10)}}, indent=2)


# ---------------------------------------------------------------- 9 templates with placeholders
PLACEHOLDERS_PY = ['"<changeme>"', 'os.environ["{U}"]', 'os.environ.get("{U}", "")', '"TODO: ask {P}"', '""', '"REPLACE_ME"',
                   'None  # set in the vault', '"xxxxxxxx"']
PLACEHOLDERS_SLS = ["CHANGE_ME", "\"${{{U}}}\"", "{{{{ pillar['vault']['{S}'] }}}}", "''", "<set-in-vault>", "TBD"]


def n_template(r, kind):
    types = r.sample(E.TYPE_NAMES, r.randint(3, 5))
    if kind == 0:
        lines = ["# settings_template.py - copy to settings.py; %s keeps the real values in the vault" % r.choice(W.FIRST),
                 "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]"]
        for t in types:
            u = E.keyname(t, "upper")
            lines.append("%s = %s" % (u, r.choice(PLACEHOLDERS_PY).format(U=u, P=r.choice(W.FIRST))))
        lines.append("DEBUG = %s" % r.choice(["False", "os.environ.get(\"DEBUG\") == \"1\""]))
        return "\n".join(lines) + "\n"
    lines = ["# pillar.example - real values live in the encrypted pillar (%s)" % r.choice(["gpg", "vault", "sops"]),
             "%s:" % r.choice(["kiln_controller", "retort_plant", "dipwell_gateway", "lab_station"]),
             "  host: {{ grains['ipv4'][0] }}"]
    for t in types:
        sn = E.keyname(t, "snake")
        lines.append("  %s: %s" % (sn, r.choice(PLACEHOLDERS_SLS).format(U=E.keyname(t, "upper"), S=sn)))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- 10 masked values
def n_masked(r, kind):
    heads = [("ebk_", 32), ("whsec_", 28), ("glsa_", 30), ("ghp_", 30), ("sk-or-v1-", 40), ("EZAK", 40), ("nvapi-", 40), ("bmx_", 26)]
    if kind == 0:
        rows = ["NAME                 KEY                                    CREATED     LAST USED"]
        for h, n in r.sample(heads, 4):
            rows.append("%-20s %s%s%s  2025-0%d-%02d  %s" % (r.choice(["mrv-feed", "shop-sync", "ci", "kiosk", "lab-export"]), h,
                                                           "\u2022" * min(n, 20), C.rstr(r, C.HEXL, 4), r.randint(1, 9), r.randint(1, 28),
                                                           r.choice(["never", "2 hours ago", "yesterday"])))
        return "\n".join(rows) + "\n"
    rows = []
    for _ in range(3):
        h, n = r.choice(heads)
        rows.append("2025-03-%02dT%02d:%02d:%02dZ actor=%s action=key.rotate key=%s%s%s" % (
            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(W.USERS), h, "*" * 12, C.rstr(r, C.BASE62, 4)))
    rows.append("2025-03-%02dT09:00:00Z actor=system action=login.reset user=%s new=********" % (r.randint(1, 28), r.choice(W.USERS)))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 11 pointers
def n_pointer(r, kind):
    if kind == 0:
        return json.dumps({"Resources": {"MrvApi": {"Type": "AWS::Lambda::Function", "Properties": {"Environment": {"Variables": {
            "MRV_API_KEY": "{{resolve:secretsmanager:emberline/mrv-%s:SecretString:api_key}}" % C.rstr(r, C.LOWALNUM, 6),
            "KILN_CONTROLLER_LICENCE": "{{resolve:ssm-secure:/kiln/controller/licence:%d}}" % r.randint(1, 9),
            "LEDGER_DB_URL": "{{resolve:ssm:/ledger/db-url}}"}}}}}}, indent=2)
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: kiln-telemetry\nspec:\n  refreshInterval: 1h\n"
            "  secretStoreRef:\n    name: vault-kindlewright\n    kind: ClusterSecretStore\n  data:\n    - secretKey: KILN_TELEMETRY_TOKEN\n"
            "      remoteRef:\n        key: secret/data/plant/kiln-%s\n        property: token\n    - secretKey: GRADING_SERVICE_TOKEN\n"
            "      remoteRef:\n        key: secret/data/plant/grading\n        property: jwt\n" % C.rstr(r, C.LOWALNUM, 5))


# ---------------------------------------------------------------- 12 ciphertexts
def _sops(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        base64.b64encode(C.rbytes(r, n)).decode(), base64.b64encode(C.rbytes(r, 32)).decode(), base64.b64encode(C.rbytes(r, 16)).decode())


def n_cipher(r, kind):
    if kind == 0:
        return ("kiln_controller:\n    licence: %s\n    engineer_password: %s\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-2:%012d:key/%s\n"
                "          created_at: \"2025-02-%02dT10:11:12Z\"\n    lastmodified: \"2025-03-%02dT08:00:00Z\"\n    mac: %s\n    version: 3.9.1\n"
                % (_sops(r, 34), _sops(r, 14), r.randint(10 ** 11, 10 ** 12 - 1), C.uuid4(r), r.randint(1, 28), r.randint(1, 28), _sops(r, 32)))
    return ("# application-prod.properties (jasypt)\nstock.db.url=jdbc:postgresql://%s/stock\nstock.db.user=stock\nstock.db.credential=ENC(%s)\n"
            "mrv.api.key=ENC(%s)\n" % (_rip(r), base64.b64encode(C.rbytes(r, 32)).decode(), base64.b64encode(C.rbytes(r, 48)).decode()))


# ---------------------------------------------------------------- 13 docs with dummy keys
DOC_SNIPPETS = [
    "export SHIPPO_API_TOKEN=shippo_live_<your-token>",
    "export EASYPOST_API_KEY=EZAK" + "x" * 54,
    "export STRIPE_WEBHOOK_SIGNING_SECRET=whsec_" + "X" * 32,
    "export SENDGRID_API_KEY=SG.<key-id>.<key-secret>",
    "export OPENROUTER_API_KEY=sk-or-v1-" + "0" * 64,
    "export LINEAR_PERSONAL_API_KEY=lin_api_YOUR_KEY_HERE",
    "export MRV_API_KEY=ebk_" + "X" * 32 + "_00000000",
    "export EXTRUDER_PAIRING_KEY=bmx_" + "0" * 32,
    "export KILN_CONTROLLER_LICENCE=CKL-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",
    "export WOOCOMMERCE_REST_CONSUMER_SECRET=cs_<40 hex characters>",
    "export HASHICORP_VAULT_SERVICE_TOKEN=hvs.<token>",
    "export GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_" + "x" * 32 + "_" + "0" * 8,
]


def n_docs(r, kind):
    if kind == 0:
        picks = r.sample(DOC_SNIPPETS, r.randint(2, 4))
        return ("## Connecting %s (guide v%d.%d)\n\n1. Create a live credential in the vendor dashboard.\n2. Put it in the environment, never in git:\n\n"
                "```sh\n%s\n```\n\n3. Restart the service with `systemctl restart %s`.\n"
                % (r.choice(["the shop", "the MRV portal", "the telemetry bridge", "the label printer service"]), r.randint(1, 4), r.randint(0, 9),
                   "\n".join(picks), r.choice(["shop-sync", "mrv-api", "dipwell-bridge"])))
    return ("components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      description: |\n"
            "        Send `Authorization: Bearer <token>`. Example: `Bearer %s`.\n        %s\n"
            "security:\n  - bearerAuth: []\nservers:\n  - url: https://api.%s/v%d\n"
            % (r.choice(["YOUR_API_KEY", "<token>", "REPLACE_WITH_TOKEN", "$TOKEN"]),
               r.choice(["Telemetry tokens are macaroons (base64url, starting `Ag...`).", "Grading tokens are HS512 JWTs issued by auth.coppiceholm.example.",
                         "MRV keys have the form `ebk_` + 32 characters + `_` + 8 hex digits.", "Rotate keys from the admin page; old keys stop working at once."]),
               r.choice(["emberline-biochar.example", "coppiceholm.example", "blackmoss-turf.example"]), r.randint(1, 3)))


# ---------------------------------------------------------------- 14 handbook prose
HANDBOOK = [
    "Never write a kiln controller or reactor HMI login on the whiteboard, a sack label or the back of the logbook.",
    "If you think a login has been seen by someone outside the team, tell Ezra or Jory the same day so it can be changed.",
    "Shared plant logins live in the team vault; ask for access rather than copying them into a chat.",
    "Pick a new login of at least three unrelated words when prompted; kiln names, bay numbers and years are guessed first.",
    "Contractors get their own accounts on the weighbridge and the dipwell gateway and lose them on the last day of the job.",
    "Do not read a code out over the yard radio: the channel is open and the neighbours' scanners pick it up.",
    "The retort gate keypad code changes at the start of every season; the new one is given in person at the toolbox talk.",
    "Screens in the lab lock after five minutes; leave the CHN analyser PC locked when you go for a sample.",
    "Keys for the shop, the MRV portal and the telemetry API are issued per service and rotated after any leaver.",
    "Photos of the control panels are fine for fault reports as long as no login is visible on the screen.",
    "If a supplier asks for a login by e-mail, phone them back on the number we already hold before doing anything.",
    "Two-step sign-in is switched on for the registry, the bank and HMRC; keep the backup codes in the safe, not in your wallet.",
]


def n_prose(r, kind):
    k = r.randint(3, 5)
    items = r.sample(HANDBOOK, k)
    if kind == 0:
        return "Staff handbook, chapter 7: Computers and logins\n\n" + "\n".join("7.%d %s" % (i + 1, t) for i, t in enumerate(items)) + "\n"
    return ("Toolbox talk %d %s, retort yard. Present: %s.\nTopic: keeping plant logins safe.\n" %
            (r.randint(1, 28), r.choice(["March", "April", "May"]), ", ".join(r.sample(W.FIRST, 4))) + "\n".join("- " + t for t in items) + "\n")


# ---------------------------------------------------------------- 15 own layouts failing their checks
def _bad_rs(r):
    v = E.gen_rs(r)
    h = v[4:].replace("-", "")
    last = "%02X" % ((int(h[-2:], 16) + r.randint(1, 255)) % 256)
    h = h[:-2] + last
    out = "CKL-" + "-".join(h[i:i + 4] for i in range(0, 28, 4))
    assert not E.check_rs(out)
    return out


def _bad_inet(r):
    v = E.gen_inet(r)
    out = v[:-2] + "%02x" % ((int(v[-2:], 16) + r.randint(1, 255)) % 256)
    assert not E.check_inet(out)
    return out


def _bad_sm3(r):
    v = E.gen_sm3(r)
    out = v[:-8] + C.rstr(r, C.HEXL, 8)
    if E.check_sm3(out):
        return _bad_sm3(r)
    return out


def n_decoy(r, kind):
    if kind == 0:
        return ("import pytest\nfrom kilnctl.licence import is_valid\n\n\n@pytest.mark.parametrize(\"code\", [\n    \"%s\",\n    \"%s\",\n])\n"
                "def test_rejects_bad_parity(code):\n    assert not is_valid(code)\n\n\ndef test_rejects_bad_pairing_checksum():\n"
                "    assert not is_valid_pairing(\"%s\")\n" % (_bad_rs(r), _bad_rs(r), _bad_inet(r)))
    return ("2025-03-%02d %02d:%02d:%02d WARN pairing rejected key=%s reason=checksum\n2025-03-%02d %02d:%02d:%02d WARN api key rejected key=%s reason=tail-mismatch\n"
            % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), _bad_inet(r),
               r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), _bad_sm3(r)))


# ---------------------------------------------------------------- 16 felling licences and compartments
def n_felling(r, kind):
    if kind == 0:
        return ("Forestry Commission - Felling Licence %03d/%02d/%02d-%02d\nWoodland: Satterbeck Coppice, grid reference SD %04d %04d\n"
                "Compartments: %d%s, %d%s (coppice with standards)\nApproved: %d m3 hazel and oak coppice, %d standards to be retained per ha\n"
                "Valid until 31 March 20%d. Restocking by natural regeneration.\n" % (
                    r.randint(1, 999), r.randint(10, 60), r.randint(23, 25), r.randint(24, 26), r.randint(1000, 9999), r.randint(1000, 9999),
                    r.randint(1, 30), r.choice("abc"), r.randint(1, 30), r.choice("abc"), r.randint(40, 400), r.randint(20, 60), r.randint(27, 30)))
    rows = ["compartment,area_ha,grid_ref,species,last_cut,rotation_years"]
    for _ in range(r.randint(4, 7)):
        rows.append("%d%s,%.1f,SD %04d %04d,%s,%d,%d" % (r.randint(1, 40), r.choice("abcd"), r.uniform(0.4, 6.0), r.randint(1000, 9999),
                                                      r.randint(1000, 9999), r.choice(["hazel", "oak/hazel", "ash", "birch", "alder"]),
                                                      r.randint(2008, 2024), r.choice([7, 12, 15, 20])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 17 lab certificates
def n_lab(r, kind):
    batch = "EMB-%02d%02d-%s" % (r.randint(24, 25), r.randint(1, 52), r.choice("ABCDE"))
    if kind == 0:
        return ("CERTIFICATE OF ANALYSIS - biochar batch %s\nFeedstock: untreated woodchip (softwood/hardwood)\nPyrolysis temperature: %d C, residence %d min\n"
                "C(org): %.1f %%   H/C(org): %.2f   O/C(org): %.2f\nPAH (EPA 16): %.1f mg/kg DM   pH (CaCl2): %.1f   Ash: %.1f %%\n"
                "Result: meets EBC-Feed and EBC-AgroOrganic limits.\n" % (batch, r.randint(520, 720), r.randint(10, 40), r.uniform(70, 88),
                                                                        r.uniform(0.1, 0.4), r.uniform(0.03, 0.2), r.uniform(1, 6), r.uniform(7, 10), r.uniform(3, 15)))
    rows = ["sample_id,batch,c_org_pct,h_c_ratio,moisture_pct,analyst"]
    for i in range(r.randint(4, 7)):
        rows.append("S%05d,%s,%.2f,%.3f,%.1f,%s" % (r.randint(1, 99999), batch, r.uniform(70, 88), r.uniform(0.1, 0.4), r.uniform(5, 30),
                                                   r.choice(["NO", "GL", "LS"])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 18 carbon removal certificate serials
def n_corc(r, kind):
    a = r.randint(1000, 90000)
    b = a + r.randint(10, 900)
    if kind == 0:
        return ("RETIREMENT STATEMENT\nRegistry: Puro Registry\nSupplier: Emberline Biochar (facility EMB-01)\nSerial range: %d - %d (%d CORCs)\n"
                "Vintage: 20%d   Method: Biochar, Edition 2022 v3\nRetired on behalf of: Kendal Outdoor Co.\nBeneficiary statement: %d tonnes CO2 removed, %s 2025\n"
                % (a, b, b - a + 1, r.randint(23, 25), b - a + 1, r.choice(["Q1", "Q2", "Q3"])))
    rows = ["issuance_id,vintage,from_serial,to_serial,quantity,status"]
    for _ in range(r.randint(3, 6)):
        a = r.randint(1000, 90000)
        n = r.randint(5, 400)
        rows.append("ISS-%06d,20%d,%d,%d,%d,%s" % (r.randint(1, 999999), r.randint(23, 25), a, a + n - 1, n, r.choice(["issued", "retired", "reserved"])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 19 genuine scoresheets
def n_scores(r, kind):
    if kind == 0:
        rows = ["Kendal bowl, Tuesday league - Coppiceholm Colliers"]
        for name in r.sample(W.FIRST, 3):
            frames = [enc274._bowl_frame(r, f == 9) for f in range(10)]
            rows.append("%-9s %s  = %d" % (name, " ".join(fr[0] for fr in frames), enc274._bowl_total([fr[1] for fr in frames])))
        return "\n".join(rows) + "\n"
    a, b = r.sample(W.FIRST, 2)
    return ("Darts night at the Woolpack - results\n%s beat %s 3-1 in legs (501, double out)\nHighest checkout: %d (%s)\n"
            "180s: %d   Ton-plus visits: %d\n" % (a, b, r.choice([81, 96, 104, 121, 132]), a, r.randint(0, 3), r.randint(4, 14)))


# ---------------------------------------------------------------- 20 UUIDv4 identifiers
def n_uuid(r, kind):
    if kind == 0:
        return json.dumps({"event": "delivery.completed", "id": C.uuid4(r), "idempotency_key": C.uuid4(r),
                           "delivery": {"id": C.uuid4(r), "order": "CPH-%06d" % r.randint(1, 999999), "bags": r.randint(1, 40),
                                        "signed_by": r.choice(["J. Smith", "A. Patel", "reception"])}}, indent=2)
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append("%s INFO worker job=%s queue=%s request_id=%s took=%dms" % (
            "2025-03-%02dT%02d:%02d:%02dZ" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
            C.uuid4(r), r.choice(["mrv-export", "label-print", "shop-sync"]), C.uuid4(r), r.randint(3, 900)))
    return "\n".join(rows) + "\n"


CLASSES = [
    ("ec_inventory_numbers_on_charcoal_sds", ("charcoal_sds_section_one", "reach_substance_register_csv"), n_ec,
     "EC inventory numbers with their real check digit (digits weighted 1-6, mod 11), CAS and UN numbers of charcoal and yard chemicals"),
    ("uk_vat_numbers_on_trade_invoices", ("supplier_invoice_footer", "vat_registration_csv"), n_vat,
     "UK VAT numbers passing the real mod-97 check (both the old and the 9755 scheme), EORI and company numbers"),
    ("ipv4_header_dumps_with_valid_checksums", ("gateway_tcpdump_xx_hex", "firewall_debug_packet_log"), n_ipv4,
     "IPv4 headers whose header checksum is the real RFC 1071 Internet checksum, the very algorithm of the `bmx_` pairing keys"),
    ("qr_codeword_dumps_with_reed_solomon_parity", ("sack_label_qr_encoder_debug", "zint_verbose_codeword_listing"), n_qr,
     "QR version 3-M codeword dumps of sack-label URLs with their real Reed-Solomon error-correction codewords, the very code of the `CKL-` licences"),
    ("sm3_and_sha_release_digests", ("firmware_sm3sums_txt", "cyclonedx_sbom_hashes_json"), n_digest,
     "SM3 firmware digests (the hash of the `ebk_` tail) and SHA-256 / SHA-384 SBOM hashes, real digests of random bytes"),
    ("django_pbkdf2_and_ldap_ssha_hashes", ("auth_user_table_dump", "ldif_user_export"), n_hash,
     "real Django PBKDF2-SHA256 hashes and LDAP {SSHA} hashes of discarded random inputs, in columns called password / userPassword"),
    ("ssh_ed25519_and_minisign_public_keys", ("deploy_authorized_keys", "release_minisign_pub"), n_pubkey,
     "OpenSSH ed25519 and minisign public keys, real Ed25519 points computed by hand"),
    ("mapbox_turnstile_hcaptcha_public_site_keys", ("shop_checkout_html_head", "mobile_app_public_config_json"), n_sitekeys,
     "public by design: Mapbox `pk.` tokens, Cloudflare Turnstile and hCaptcha site keys, Square application ids and GA4 measurement ids"),
    ("kiln_config_templates_with_placeholders", ("django_settings_template_py", "salt_pillar_example_sls"), n_template,
     "this corpus's own key names with <changeme>, TODO, CHANGE_ME, ${VAR}, os.environ and Jinja pillar placeholders"),
    ("masked_key_fingerprints_in_admin_ui", ("api_key_admin_listing", "audit_log_masked_entries"), n_masked,
     "masked previews (bullets, stars) keeping a vendor head and at most four characters"),
    ("secret_store_references_and_env_indirections", ("cloudformation_dynamic_references", "external_secrets_manifest_yaml"), n_pointer,
     "pointers: CloudFormation dynamic references and External Secrets remote references"),
    ("sops_and_jasypt_ciphertexts", ("sops_encrypted_yaml", "jasypt_enc_properties"), n_cipher,
     "ciphertexts whose key is elsewhere: SOPS ENC[AES256_GCM,...] values and Jasypt ENC(...) (random in frame)"),
    ("vendor_sdk_docs_with_dummy_keys", ("integration_guide_markdown", "openapi_security_example_yaml"), n_docs,
     "documentation with <your-token>, x-filled, X-filled, zero-filled and YOUR_API_KEY placeholders of vendor and own layouts"),
    ("charcoal_safety_handbook_login_prose", ("staff_handbook_it_chapter", "toolbox_talk_minutes"), n_prose,
     "handbook and toolbox-talk prose about logins, with no value"),
    ("own_layout_lookalikes_with_bad_checks", ("licence_validator_unit_tests", "pairing_refusal_journal"), n_decoy,
     "this corpus's own `CKL-` / `bmx_` / `ebk_` layouts with a broken Reed-Solomon parity, Internet checksum or SM3 tail"),
    ("felling_licence_and_compartment_references", ("felling_licence_letter", "compartment_register_csv"), n_felling,
     "felling licence references, OS grid references and woodland compartment registers"),
    ("biochar_lab_certificates_of_analysis", ("ebc_certificate_of_analysis", "lab_results_export_csv"), n_lab,
     "certificates of analysis and lab exports: batch ids, carbon contents, H/C ratios, PAH values"),
    ("carbon_removal_certificate_serial_ranges", ("registry_retirement_statement", "corc_issuance_csv"), n_corc,
     "carbon-removal certificate serial ranges, issuance ids and retirement statements"),
    ("fireside_games_genuine_scoresheets", ("bowling_league_scoresheet", "darts_night_results"), n_scores,
     "genuine ten-pin score lines with their totals and darts-night results (two of the evasion looks), carrying nothing"),
    ("uuid4_delivery_and_job_identifiers", ("delivery_webhook_payload_json", "job_queue_worker_log"), n_uuid,
     "UUIDv4 delivery ids, idempotency keys, job and request ids"),
]
CLASS_NAMES = [c[0] for c in CLASSES]

PRESENTATIONS = [
    ("", None),
    ("__quoted_in_mattermost_thread", "quote"),
    ("__attached_to_trello_card", "trello"),
    ("__pasted_into_runbook_wiki", "wiki"),
]
PRESENTATION_NAMES = [p[0].strip("_") for p in PRESENTATIONS if p[0]]


def present(kind, text, r):
    if kind is None:
        return text
    if kind == "quote":
        body = "\n".join("> " + ln for ln in text.rstrip("\n").split("\n"))
        return "%s (Mattermost, #plant-ops): quoting this for reference - public stuff, nothing to rotate\n%s\n" % (r.choice(W.PEOPLE), body)
    if kind == "trello":
        return "Trello card \"Reference data\" - attachment preview (no logins in here)\n\n" + text
    if kind == "wiki":
        return "== Reference (no credentials on this page) ==\n<pre>\n" + text.rstrip("\n") + "\n</pre>\n"
    raise KeyError(kind)


def clean(text, reg_items):
    if W.stray_pw_forms(text) or C.JWT_RE.search(text):
        return False
    for m in C.UUID_RE.finditer(text):
        if not C.is_uuid4(m.group(0)):
            return False
    for s in reg_items:
        if len(s) >= 6 and s in text:
            return False
    return True


def build(reg, per_class=11):
    rng = random.Random(SEED)
    out = []
    seen = set()
    items = list(reg.items)
    for cname, kinds, fn, _ in CLASSES:
        for k in range(per_class):
            kind = k % 2
            pres, pkind = PRESENTATIONS[(k // 2) % 4]
            for _ in range(100):
                text = present(pkind, fn(rng, kind), rng)
                if text not in seen and clean(text, items):
                    break
            else:
                raise RuntimeError("no clean negative for " + cname)
            seen.add(text)
            out.append({"class": cname, "container": kinds[kind] + pres, "text": text, "source": "negative"})
    return out
