"""Negatives: 20 classes x 2 base kinds x 6 presentations (plain + 5 wrappers).
No negative contains a secret: identifiers with real check digits, digests,
one-way hashes, public keys, publishable keys, placeholders, masked values,
pointers, ciphertexts, documentation, prose, failed-check fixtures, public
labels that share the positives' algorithms, request ids, trade records,
genuine workings and hardware identifiers."""
import base64
import hashlib
import json
import random

import common262 as C
import world262 as W

# ------------------------------------------------------------ identifiers
ISO6346_VAL = {}
_v = 10
for _ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    ISO6346_VAL[_ch] = _v
    _v += 1


def iso6346_check(s10):
    tot = 0
    for i, ch in enumerate(s10):
        tot += (ISO6346_VAL[ch] if ch.isalpha() else int(ch)) * (2 ** i)
    return str(tot % 11 % 10)


def imo_check(d6):
    return str(sum(int(d) * w for d, w in zip(d6, (7, 6, 5, 4, 3, 2))) % 10)


def awb_check(d7):
    return str(int(d7) % 7)


def _conv36(s):
    return "".join(str(int(ch, 36)) for ch in s)


def lei_complete(base18):
    return base18 + "%02d" % (98 - int(_conv36(base18 + "00")) % 97)


def lei_ok(s):
    return len(s) == 20 and int(_conv36(s)) % 97 == 1


def luhn_check(digits):
    tot = 0
    for i, d in enumerate(reversed(digits)):
        x = int(d)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def isin_complete(s11):
    return s11 + luhn_check(_conv36(s11))


def vat_complete(d7):
    s = sum(int(d) * w for d, w in zip(d7, (8, 7, 6, 5, 4, 3, 2)))
    return d7 + "%02d" % ((-s) % 97)


def vat_ok(d9):
    s = sum(int(d) * w for d, w in zip(d9[:7], (8, 7, 6, 5, 4, 3, 2)))
    return (s + int(d9[7:])) % 97 == 0


BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data8):
    acc = bits = 0
    data5 = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    pm = _bech32_polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data5 + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, data = s.rsplit("1", 1)
    return _bech32_polymod(_hrp_expand(hrp) + [BECH32_CHARSET.index(c) for c in data]) == 1


def aba371_code(r, n):
    pay = C.rstr(r, C.DIGITS, n - 1)
    return pay + C.aba371_complete(pay)


def selftest():
    assert iso6346_check("CSQU305438") == "3"
    assert imo_check("907472") == "9"
    assert awb_check("1234567") == "5"
    assert isin_complete("US037833100") == "US0378331005"
    assert vat_ok("980780684")
    assert bech32_ok("a12uel5l") and bech32_ok("A12UEL5L")
    assert lei_ok(lei_complete("213800ABCDEFGH1234"))
    return True


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(r):
    ts = 1710000000000 + r.randrange(10 ** 10)
    n = (ts << 80) | r.getrandbits(80)
    return "".join(CROCKFORD[(n >> (5 * (25 - i))) & 31] for i in range(26))


def ksuid(r):
    n = int.from_bytes((r.randint(310000000, 330000000)).to_bytes(4, "big") + bytes(r.getrandbits(8) for _ in range(16)), "big")
    out = ""
    for _ in range(27):
        n, d = divmod(n, 62)
        out = C.B62[d] + out
    return out


def sgtin96(r):
    header, filt, part = 0x30, r.choice([1, 2]), 5
    company = r.randint(1000000, 9999999)
    item = r.randint(0, 999999)
    serial = r.getrandbits(38)
    n = (header << 88) | (filt << 85) | (part << 82) | (company << 58) | (item << 38) | serial
    return "%024X" % n


def mac(r):
    return ":".join("%02X" % x for x in [r.choice([0x00, 0x24, 0x3C, 0xB8, 0xDC])] + [r.randrange(256) for _ in range(5)])


def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def rnd_bytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def p(r):
    return r.choice(W.PEOPLE)


# ---------------------------------------------------------------- base kinds
def bk_packing_list(r):
    lines = ["PACKING LIST - Tallowfield Cooperage, Inverbrack", "Consignee: Tonnellerie Marchetant (cooperage supplies)", ""]
    for _ in range(r.randint(2, 4)):
        own = r.choice(["MSKU", "TGHU", "CSNU", "HLXU", "SEGU"])
        d = C.rstr(r, C.DIGITS, 6)
        lines.append("Container %s %s %s   seal %s   %d rejuvenated hogsheads, %d kg" %
                     (own, d, iso6346_check(own + d), C.rstr(r, C.DIGITS, 7), r.randint(60, 110), r.randint(3000, 9000)))
    d6 = C.rstr(r, "123456789", 1) + C.rstr(r, C.DIGITS, 5)
    lines += ["", "Vessel: CMA CGM %s   IMO %s%s" % (r.choice(["Tage", "Rhone", "Loire", "Garonne"]), d6, imo_check(d6)),
              "Port of loading: Grangemouth   ETA Le Havre: %d May" % r.randint(1, 28)]
    return "\n".join(lines) + "\n"


def bk_freight_booking(r):
    d7 = C.rstr(r, C.DIGITS, 7)
    own = r.choice(["MAEU", "CMAU", "OOLU"])
    d = C.rstr(r, C.DIGITS, 6)
    return ("Booking confirmation %s\nShipper: Halberd & Quaich Cask Brokers\nAir waybill (samples): %s-%s%s\n"
            "Sea container: %s%s%s  (20' dry)\nCargo: %d sample bottles, %d empty quarter casks\nCut-off: %02d:00 Thursday\n"
            % (C.rstr(r, C.UALNUM, 9), r.choice(["176", "057", "074", "125"]), d7, awb_check(d7), own, d,
               iso6346_check(own + d), r.randint(6, 48), r.randint(2, 12), r.randint(8, 16)))


def bk_kyc_register(r):
    rows = ["Counterparty register (KYC extract) - public identifiers only", "name | LEI | listed ISIN"]
    for nm in r.sample(["Glenbrack Distillers plc", "Ardcorran Spirits Ltd", "Maison Vieljac SA", "Kiln & Copper Holdings",
                        "Northfold Bottlers Ltd", "Braeval Estates plc"], 3):
        lei = lei_complete(r.choice(["2138", "5493", "9695"]) + "00" + C.rstr(r, C.UALNUM, 12))
        isin = isin_complete(r.choice(["GB00", "FR00", "IE00"]) + C.rstr(r, C.UALNUM, 7))
        rows.append("%s | %s | %s" % (nm, lei, isin))
    return "\n".join(rows) + "\n"


def bk_invoice_footer(r):
    vat = vat_complete(C.rstr(r, C.DIGITS, 7))
    return ("Halberd & Quaich Cask Brokers Ltd, Registered in Scotland SC%06d\nVAT registration GB %s %s %s   "
            "EORI GB%s000\nPayment within 30 days. Casks remain under bond until duty is paid.\n" %
            (r.randint(100000, 999999), vat[:3], vat[3:7], vat[7:], vat))


def bk_photo_manifest(r):
    lines = ["# regauge photos, bond 3, %s %d" % (r.choice(["April", "May", "June"]), r.randint(2022, 2024)), "# sha256  blake2b-256  file"]
    for _ in range(r.randint(3, 5)):
        data = rnd_bytes(r, 64)
        lines.append("%s  %s  bond3_c%d_end.jpg" % (hashlib.sha256(data).hexdigest(), hashlib.blake2b(data, digest_size=32).hexdigest(),
                                                   r.randint(100, 9999)))
    return "\n".join(lines) + "\n"


def bk_fw_checksums(r):
    v = "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 12), r.randint(0, 9))
    out = ["Stave jointer controller firmware %s - release checksums" % v]
    for f in ["jointer-%s.bin" % v, "jointer-%s.elf" % v, "hmi-assets-%s.tar" % v]:
        out.append("SHA384 (%s) = %s" % (f, hashlib.sha384(rnd_bytes(r, 48)).hexdigest()))
    return "\n".join(out) + "\n"


def bk_auth_dump(r):
    rows = ["portal=> SELECT id, username, password FROM auth_user ORDER BY id LIMIT %d;" % 3, " id | username | password", "----+----------+---------"]
    for i in range(3):
        salt = C.rstr(r, C.B62, 22)
        h = base64.b64encode(rnd_bytes(r, 32)).decode()
        rows.append(" %d | %s | pbkdf2_sha256$600000$%s$%s" % (r.randint(1, 400), p(r).split()[0].lower(), salt, h))
    return "\n".join(rows) + "\n"


def bk_ldap_hashes(r):
    out = []
    for _ in range(2):
        nm = p(r).split()[0].lower()
        out.append("dn: uid=%s,ou=people,dc=tallow,dc=example\nuserPassword: {ARGON2}$argon2id$v=19$m=65536,t=3,p=4$%s$%s" %
                   (nm, b64(r, 16).rstrip("="), b64(r, 32).rstrip("=")))
    out.append("# service accounts use $5$ (sha256-crypt)\nshadow: $5$rounds=535000$%s$%s" % (C.rstr(r, C.B62 + "./", 16), C.rstr(r, C.B62 + "./", 43)))
    return "\n\n".join(out) + "\n"


def bk_jwks(r, ctx):
    keys = [ctx["ledger_key"].jwk(ctx["kid"])]
    for i in range(r.randint(1, 2)):
        k = C.P521Key(r)
        keys.append(k.jwk("ledger-es512-2023-%02d" % r.randint(1, 12)))
    r.shuffle(keys)
    return "GET https://ledger.spileworks.example/.well-known/jwks.json\n" + json.dumps({"keys": keys}, indent=2) + "\n"


def bk_recipients(r):
    out = ["# backup recipients (public keys only; the identities live on the YubiKeys)"]
    for _ in range(r.randint(2, 3)):
        out.append("%s   # %s" % (bech32_encode("age", rnd_bytes(r, 32)), p(r)))
    kid = rnd_bytes(r, 8)
    out.append("\n# release signing (minisign public key)\nuntrusted comment: minisign public key %s\n%s" %
               (kid[::-1].hex().upper(), base64.b64encode(b"Ed" + kid + rnd_bytes(r, 32)).decode()))
    return "\n".join(out) + "\n"


def bk_checkout_head(r):
    return ("<head>\n  <script src=\"https://js.stripe.com/v3/\"></script>\n"
            "  <script>const stripe = Stripe('pk_live_%s');</script>\n"
            "  <div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n"
            "  <meta name=\"mapbox-token\" content=\"pk.%s.%s\">\n</head>\n" %
            (C.rstr(r, C.B62, 99), C.rstr(r, C.B64URL, 14),
             C.b64u(json.dumps({"u": "halberdquaich", "a": "cl" + C.rstr(r, C.LALNUM, 23)}, separators=(",", ":")).encode()),
             C.rstr(r, C.B64URL, 22)))


def bk_public_app_config(r):
    obj = {"squareApplicationId": "sq0idp-" + C.rstr(r, C.B64URL, 22), "squareLocationId": "L" + C.rstr(r, C.UALNUM, 12),
           "stripePublishableKey": "pk_live_" + C.rstr(r, C.B62, 99),
           "turnstileSiteKey": "0x4AAAAAAA" + C.rstr(r, C.B64URL, 14), "ledgerBase": "https://ledger.spileworks.example"}
    return "// tasting app public config (shipped inside the app bundle)\n" + json.dumps(obj, indent=2) + "\n"


SAMPLE_KEYS = ["STAVE_JOINTER_HMI_PASSWORD", "CASK_LEDGER_JWT", "BROKER_BACKOFFICE_DJANGO_SECRET_KEY",
               "STOCK_SYNC_AIRFLOW_FERNET_KEY", "CASK_TRACKER_API_KEY", "RACK_SCANNER_PAIRING_CODE",
               "BUNG_ROBOT_SERVICE_TOKEN", "SHIPPO_LIVE_API_TOKEN", "HUBSPOT_PRIVATE_APP_ACCESS_TOKEN",
               "SENDGRID_MAIL_SEND_API_KEY", "WOOCOMMERCE_REST_CONSUMER_SECRET", "STRIPE_WEBHOOK_ENDPOINT_SIGNING_SECRET"]
PLACEHOLDERS = ["", "changeme", "<set-in-doppler>", "TODO", "${%s}", "xxxxxxxx", "REPLACE_ME", "<ask Gideon>"]


def bk_env_sample(r):
    keys = r.sample(SAMPLE_KEYS, 6)
    out = ["# .env.sample - copy to .env and fill in from Doppler; never commit real values"]
    for k in keys:
        ph = r.choice(PLACEHOLDERS)
        out.append("%s=%s" % (k, ph % k if "%s" in ph else ph))
    return "\n".join(out) + "\n"


def bk_ansible_defaults(r):
    keys = r.sample(SAMPLE_KEYS, 5)
    out = ["---", "# roles/yard_gateway/defaults/main.yml"]
    for k in keys:
        out.append("%s: \"{{ vault_%s | default('CHANGE_ME') }}\"" % (k.lower(), k.lower()))
    return "\n".join(out) + "\n"


def bk_masked_ocr(r):
    rows = ["Integrations  >  API keys   (screenshot, OCR)"]
    for nm in r.sample(["Shippo", "SendGrid", "HubSpot", "Square", "Mailjet", "PostHog", "Linear"], 4):
        rows.append("%-9s  ••••••••••••%s   created %d %s   [Reveal] [Rotate]" %
                    (nm, C.rstr(r, C.LALNUM, 4), r.randint(1, 28), r.choice(["Jan", "Feb", "Mar", "Apr"])))
    return "\n".join(rows) + "\n"


def bk_masked_ci(r):
    return ("Run ./deploy.sh prod\n  env:\n    CASK_TRACKER_API_KEY: ***\n    SHIPPO_LIVE_API_TOKEN: ***\n"
            "Deploying ledger %s to prod...\nUsing token ***\n[MASKED] accepted by registry\nDone in %ds\n" %
            (C.rstr(r, C.HEXL, 7), r.randint(20, 200)))


def bk_ref_values(r):
    return ("# deploy/values-prod.yaml (references only)\nsecrets:\n"
            "  caskTrackerApiKey: vault:secret/data/halberd/portal#cask_tracker_api_key\n"
            "  shippoToken: op://Ops/Shippo live/credential\n"
            "  sendgridKey: arn:aws:secretsmanager:eu-west-2:%s:secret:prod/halberd/sendgrid-%s\n"
            "  ledgerJwt: projects/halberd-prod/secrets/cask-ledger-jwt/versions/%s\n"
            "  ciDeployToken: ${{ secrets.DEPLOY_TOKEN }}\n" % (C.rstr(r, C.DIGITS, 12), C.rstr(r, C.LETTERS, 6),
                                                                 r.choice(["latest", str(r.randint(2, 30))])))


def bk_external_secret(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: stock-sync\n  namespace: ledger\n"
            "spec:\n  refreshInterval: %dh\n  secretStoreRef:\n    name: doppler-prd\n    kind: ClusterSecretStore\n"
            "  target:\n    name: stock-sync-env\n  data:\n    - secretKey: AIRFLOW__CORE__FERNET_KEY\n"
            "      remoteRef:\n        key: STOCK_SYNC_AIRFLOW_FERNET_KEY\n" % r.randint(1, 24))


def bk_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    return ("cask_tracker_api_key: %s\nshippo_live_api_token: %s\nsops:\n    age:\n        - recipient: %s\n"
            "          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            %s\n            -----END AGE ENCRYPTED FILE-----\n"
            "    lastmodified: \"2024-0%d-%02dT10:%02d:11Z\"\n    mac: %s\n    version: 3.8.1\n" %
            (enc(45), enc(52), bech32_encode("age", rnd_bytes(r, 32)), b64(r, 48), r.randint(1, 9), r.randint(1, 28),
             r.randint(0, 59), enc(32)))


def bk_sealed(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: portal-env\n  namespace: halberd\n"
            "spec:\n  encryptedData:\n    SENDGRID_MAIL_SEND_API_KEY: AgB%s\n    HUBSPOT_PRIVATE_APP_ACCESS_TOKEN: AgC%s\n" %
            (b64(r, 520)[3:], b64(r, 520)[3:]))


def bk_readme_snippet(r):
    return ("## Shipping labels\n\nSet the token before running the label worker:\n\n```sh\nexport SHIPPO_LIVE_API_TOKEN=shippo_live_…\n"
            "export SENDCLOUD_API_SECRET_KEY=<your-sendcloud-secret>\n./bin/labels --bond 3\n```\n\n"
            "Tokens look like `shippo_live_` followed by 40 hex characters; get yours from the Shippo dashboard.\n")


def bk_api_reference(r):
    return ("| Setting | Example | Notes |\n|---|---|---|\n| `STRIPE_WEBHOOK_ENDPOINT_SIGNING_SECRET` | `whsec_...` | shown once when the endpoint is created |\n"
            "| `EASYPOST_PRODUCTION_API_KEY` | `EZAK` + 54 characters | production only |\n"
            "| `CASK_TRACKER_API_KEY` | `ctk_<32 characters>_<8 hex>` | issued by the cask tracker |\n"
            "| `HUBSPOT_PRIVATE_APP_ACCESS_TOKEN` | `pat-eu1-YOUR-TOKEN` | private app settings |\n")


def bk_induction(r):
    return ("Yard induction, section 7 - logins and codes\n\nEvery tablet, HMI and the leak-test panel has its own login. "
            "Choose a long one, do not reuse the one from your bank, and never write it on the machine guard or on the "
            "label printer. If someone asks for a code over the phone, ring them back on the number in the staff list. "
            "Lost tablets are reported to %s the same day.\n" % p(r))


def bk_compliance_memo(r):
    return ("Memo: handling client credentials (compliance, %s %d)\n\nWe never ask clients for their bank or portal "
            "logins. Keys for the shipping, CRM and payment services live in Doppler; staff read them from there and do "
            "not paste them into chat, tickets or spreadsheets. Any key that has been pasted somewhere is rotated the same "
            "day and the rotation is logged by %s.\n" % (r.choice(["March", "June", "October"]), r.randint(2023, 2024), p(r)))


def bk_validator_tests(r):
    body = C.rstr(r, C.B62, 32)
    good = C.murmur3_32(body.encode())
    bad = (good ^ (1 << r.randrange(32))) & 0xFFFFFFFF
    pay = C.rstr(r, C.DIGITS, 15)
    ck = int(C.aba371_complete(pay))
    code = pay + str((ck + r.randint(1, 9)) % 10)
    ob = C.rstr(r, C.LALNUM, 28)
    oa = (C.oaat32(ob.encode()) + r.randint(1, 10 ** 6)) & 0xFFFFFFFF
    fer31 = base64.urlsafe_b64encode(rnd_bytes(r, 31)).decode()
    return ("# tests/test_validators.py - every case below must be REJECTED\nBAD = [\n"
            "    (\"ctk\", \"ctk_%s_%08x\"),  # murmur3 tail flipped\n"
            "    (\"rsp\", \"RSP-%s\"),  # 3-7-1 check digit wrong\n"
            "    (\"brt\", \"brt.%s.%08x\"),  # one-at-a-time tail wrong\n"
            "    (\"fernet\", \"%s\"),  # 31 bytes, not 32\n]\n" %
            (body, bad, "-".join(code[i:i + 4] for i in range(0, 16, 4)), ob, oa, fer31))


def bk_reject_log(r):
    out = []
    for _ in range(3):
        body = C.rstr(r, C.B62, 32)
        bad = (C.murmur3_32(body.encode()) + r.randint(1, 9999)) & 0xFFFFFFFF
        out.append("%s WARN gateway rejected key ctk_%s_%08x from %s: checksum mismatch" %
                   ("2024-0%d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                    body, bad, W.ip4(r)))
    return "\n".join(out) + "\n"


def bk_stencil_register(r):
    out = ["Cask end stencils (public - painted on the cask head)", "stencil        | fill | wood"]
    for _ in range(4):
        d = aba371_code(r, 12)
        out.append("CSK %s %s %s | %d | %s" % (d[:4], d[4:8], d[8:], r.randint(1998, 2023),
                                              r.choice(["ex-bourbon hogshead", "oloroso butt", "refill barrel", "STR barrique"])))
    return "\n".join(out) + "\n"


def bk_bundle_tags(r):
    out = ["Stave bundle tags (printed on the strapping; public)"]
    for _ in range(3):
        body = C.rstr(r, C.B62, 24)
        out.append("slt_%s_%08x   %d staves, %s, %d mm" % (body, C.murmur3_32(body.encode()), r.randint(40, 80),
                                                        r.choice(["Quercus alba", "Quercus petraea", "Quercus robur"]), r.randint(850, 1100)))
    ob = C.rstr(r, C.LALNUM, 20)
    out.append("lot.%s.%08x   heading boards, air-dried 36 months" % (ob, C.oaat32(ob.encode())))
    return "\n".join(out) + "\n"


def bk_access_log(r):
    out = []
    for _ in range(4):
        out.append('%s - - [%02d/Apr/2024:%02d:%02d:%02d +0000] "GET /api/casks?page=%d HTTP/1.1" 200 %d "-" "yard-tablet/3.%d" req_id=%s ulid=%s' %
                   (W.ip4(r), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1, 40),
                    r.randint(200, 9000), r.randint(0, 9), C.uuid4(r), ulid(r)))
    return "\n".join(out) + "\n"


def bk_webhook_log(r):
    out = []
    for _ in range(3):
        out.append("delivery %s  event=regauge.completed  attempt=%d  status=%d  traceparent=00-%s-%s-01" %
                   (ksuid(r), r.randint(1, 3), r.choice([200, 202, 500]), C.rstr(r, C.HEXL, 32), C.rstr(r, C.HEXL, 16)))
    return "\n".join(out) + "\n"


def bk_regauge_cert(r):
    bulk = r.randint(1800, 2600) / 10
    abv = r.randint(520, 640) / 10
    return ("REGAUGE CERTIFICATE\nWarehouse: Bond 3, Inverbrack\nCask number: %d   Fill date: %02d/%02d/%d\n"
            "Cask type: %s\nBulk litres: %.1f   Strength: %.1f%% abv   LPA: %.2f\nOriginal LPA at filling: %.2f\n"
            "Regauged by %s\n" % (r.randint(100, 9999), r.randint(1, 28), r.randint(1, 12), r.randint(1995, 2019),
                                  r.choice(["ex-bourbon hogshead", "first-fill oloroso butt", "refill barrel"]),
                                  bulk, abv, bulk * abv / 100, bulk * abv / 100 + r.randint(5, 40), p(r)))


def bk_stock_statement(r):
    out = ["Stock statement - client HQ %04d - casks held under bond" % r.randint(1, 9999), "cask | distillery | filled | RLA"]
    for _ in range(4):
        out.append("%d | %s | %d | %.1f" % (r.randint(100, 9999), r.choice(["Glenbrack", "Ardcorran", "Kilnmoss", "Braeval"]),
                                            r.randint(1998, 2021), r.randint(800, 1600) / 10))
    return "\n".join(out) + "\n"


def bk_barrel_spec(r):
    return ("Order spec - %d barriques for %s\nWood: %s, fine grain, air-dried %d months\nStaves: 27 mm, length 950 mm\n"
            "Toast: %s, %d min   Heads: %s\nHoops: galvanised, 6 per barrel\nCapacity: 225 L   Bung: 50 mm\n" %
            (r.randint(10, 120), r.choice(["Domaine Vieljac", "Bodega Alcala", "Napa Ridge Cellars"]),
             r.choice(["French oak (Allier)", "French oak (Vosges)", "American oak"]), r.choice([24, 30, 36]),
             r.choice(["medium", "medium plus", "heavy"]), r.randint(30, 55), r.choice(["untoasted", "toasted"])))


def bk_toast_card(r):
    out = ["Toasting log - fire %d" % r.randint(1, 2), "time   temp(C)  note"]
    t = 0
    for _ in range(4):
        t += r.randint(5, 12)
        out.append("%02d min  %d      %s" % (t, r.randint(180, 240), r.choice(["turned", "water mist", "lid on", "check colour"])))
    out.append("char level: %d   operator: %s" % (r.randint(1, 4), p(r)))
    return "\n".join(out) + "\n"


def bk_emcs(r):
    return ("EMCS movement summary\nARC: %d%s%s\nConsignor excise number: GB%s\nConsignee excise number: FR%s\n"
            "Goods: spirits in cask, %d casks, %.1f LPA\nStatus: %s\n" %
            (r.randint(22, 24), "GB", C.rstr(r, C.UALNUM, 16) + str(r.randint(0, 9)), C.rstr(r, C.DIGITS, 11),
             C.rstr(r, C.UALNUM, 11), r.randint(1, 12), r.randint(200, 4000) / 10, r.choice(["Delivered", "Accepted", "In transit"])))


def bk_bond_letter(r):
    return ("HM Revenue & Customs - approval letter (header)\nWarehouse approval number: GBWK%s\n"
            "WOWGR registration: XWOW%s\nTTB importer permit (US customers): %s%d\nOur reference: EXC/%d/%04d\n" %
            (C.rstr(r, C.DIGITS, 9), C.rstr(r, C.DIGITS, 8), r.choice(["NY-I-", "CA-I-", "KY-I-"]), r.randint(10000, 29999),
             r.randint(2019, 2024), r.randint(1, 9999)))


def bk_costing_sheet(r):
    lots = [(r.randint(20, 80), r.randint(4, 12)) for _ in range(3)]
    q = r.randint(lots[0][0] + 1, lots[0][0] + lots[1][0])
    cost = lots[0][0] * lots[0][1] + (q - lots[0][0]) * lots[1][1]
    c, res, n = r.randint(20000, 90000), r.randint(1000, 5000), r.randint(5, 10)
    return ("Stock costing - staves (FIFO)\nlots: %s\nissued %d staves: %d x %d + %d x %d = %d pounds\n\n"
            "Depreciation, hoop press: (%d - %d) / %d = %.2f per year\n" %
            (", ".join("%d @ %d" % lp for lp in lots), q, lots[0][0], lots[0][1], q - lots[0][0], lots[1][1], cost,
             c, res, n, (c - res) / n))


def bk_planning_sheet(r):
    rows, bays, hi = r.randint(4, 12), r.randint(10, 30), r.randint(3, 6)
    empty = r.randint(0, 30)
    bulk = r.randint(1800, 2500) / 10
    abv = r.randint(550, 650) / 10
    return ("Bond 3 planning\nRacking: %d rows x %d bays x %d high = %d places, %d empty -> %d casks\n"
            "Sample cask: %.1f l at %.1f%% = %.2f LPA\nCrate loads for the next trailer: %s kg\n" %
            (rows, bays, hi, rows * bays * hi, empty, rows * bays * hi - empty, bulk, abv, bulk * abv / 100,
             ", ".join(str(r.randint(120, 200)) for _ in range(4))))


def bk_rfid_csv(r):
    out = ["epc,antenna,rssi,first_seen"]
    for _ in range(4):
        out.append("%s,%d,-%d,2024-0%d-%02dT%02d:%02d:%02dZ" % (sgtin96(r), r.randint(1, 4), r.randint(40, 75), r.randint(1, 9),
                                                               r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    return "\n".join(out) + "\n"


def bk_scanner_register(r):
    out = ["Scanner fleet (bond 3)", "asset | wifi MAC | bluetooth | serial"]
    for i in range(3):
        out.append("SCN-%02d | %s | %s | %s" % (r.randint(1, 60), mac(r), mac(r), "S" + C.rstr(r, C.DIGITS, 10)))
    return "\n".join(out) + "\n"


CLASSES = [
    ("export_container_and_vessel_numbers", "ISO 6346 container numbers, IMO ship numbers and air waybill numbers with real check digits",
     [("cask_export_packing_list", bk_packing_list), ("freight_booking_confirmation", bk_freight_booking)]),
    ("counterparty_lei_isin_and_vat_numbers", "LEI codes (ISO 17442, mod 97-10), ISINs (Luhn over the letter-expanded digits) and UK VAT numbers (weights 8-2, mod 97) with real checks",
     [("broker_kyc_register_extract", bk_kyc_register), ("invoice_tax_footer", bk_invoice_footer)]),
    ("cask_archive_digest_manifests", "SHA-256, BLAKE2b-256 and SHA-384 digests of random bytes in manifests and release notes",
     [("regauge_photo_manifest", bk_photo_manifest), ("firmware_release_checksums", bk_fw_checksums)]),
    ("portal_login_pbkdf2_argon2_hashes", "Django pbkdf2_sha256, argon2id and sha256-crypt strings in password columns (random in frame)",
     [("auth_user_table_dump", bk_auth_dump), ("ldap_user_hash_export", bk_ldap_hashes)]),
    ("jwks_and_age_public_keys", "the real public JWK of this corpus's ES512 signer with other real P-521 public points, age recipients with real Bech32 checksums and minisign public keys",
     [("ledger_jwks_endpoint_json", None), ("backup_recipients_file", bk_recipients)]),
    ("storefront_publishable_and_site_keys", "public by design: Stripe pk_live_, Turnstile site keys, Mapbox pk. tokens, Square application ids",
     [("checkout_page_head_html", bk_checkout_head), ("tasting_app_public_config_json", bk_public_app_config)]),
    ("env_sample_blank_values", "this corpus's own key names with empty, changeme, TODO, pointer and template values",
     [("dotenv_sample_file", bk_env_sample), ("ansible_role_defaults_template", bk_ansible_defaults)]),
    ("redacted_values_in_screens", "bullet-masked keys keeping four random characters, *** and [MASKED] CI output",
     [("integrations_page_screenshot_ocr", bk_masked_ocr), ("deploy_job_log_masked", bk_masked_ci)]),
    ("vault_and_secret_manager_references", "vault:, op://, Secrets Manager ARNs, Secret Manager resource names, ${{ secrets.* }} and ExternalSecret references",
     [("deploy_values_with_refs", bk_ref_values), ("external_secrets_manifest", bk_external_secret)]),
    ("sops_and_sealedsecret_ciphertexts", "SOPS ENC[AES256_GCM,...] values with an age-encrypted data key and SealedSecret encryptedData (random in frame)",
     [("sops_encrypted_yaml", bk_sops), ("sealedsecret_manifest", bk_sealed)]),
    ("vendor_docs_ellipsis_examples", "documentation with ellipses, <your-...> placeholders and shape descriptions instead of values",
     [("integration_readme_snippet", bk_readme_snippet), ("api_settings_reference_table", bk_api_reference)]),
    ("cooperage_security_briefing_prose", "induction and compliance prose about logins and keys with no value",
     [("yard_induction_handbook", bk_induction), ("broker_compliance_memo", bk_compliance_memo)]),
    ("own_shapes_failing_checks", "this corpus's own ctk_ / RSP- / brt. / Fernet shapes with a broken MurmurHash3 tail, a wrong 3-7-1 digit, a wrong one-at-a-time tail or 31 bytes",
     [("validator_unit_test_table", bk_validator_tests), ("gateway_reject_log", bk_reject_log)]),
    ("public_labels_sharing_checks", "public cask-end stencils with a valid 3-7-1 digit and stave-bundle tags with valid MurmurHash3 / one-at-a-time tails: the positives' algorithms, public values",
     [("cask_end_stencil_register", bk_stencil_register), ("stave_bundle_tag_sheet", bk_bundle_tags)]),
    ("request_ulid_and_ksuid_identifiers", "UUIDv4 request ids, ULIDs, KSUIDs and W3C traceparent values",
     [("nginx_access_log_excerpt", bk_access_log), ("webhook_delivery_log", bk_webhook_log)]),
    ("cask_regauge_records", "regauge certificates and stock statements: cask numbers, fill dates, bulk litres, strengths, LPA",
     [("regauge_certificate", bk_regauge_cert), ("bonded_stock_statement", bk_stock_statement)]),
    ("stave_and_toast_specifications", "barrel order specs and toasting logs that read like codes",
     [("barrel_order_spec_sheet", bk_barrel_spec), ("toasting_log_card", bk_toast_card)]),
    ("excise_and_bond_references", "EMCS ARCs, excise numbers, warehouse approval, WOWGR and TTB permit references (format only)",
     [("emcs_movement_summary", bk_emcs), ("bond_approval_letter_header", bk_bond_letter)]),
    ("genuine_cooperage_workings", "genuine FIFO, depreciation, rack-tally, LPA and crate-load workings (the look of several evasions, carrying nothing)",
     [("stock_costing_worksheet", bk_costing_sheet), ("bond_planning_sheet", bk_planning_sheet)]),
    ("rfid_epc_and_hardware_addresses", "SGTIN-96 EPCs (real header, partition and field layout), Wi-Fi and Bluetooth MAC addresses, device serials",
     [("rfid_reader_inventory_csv", bk_rfid_csv), ("scanner_fleet_register", bk_scanner_register)]),
]


def w_discourse(r, inner):
    return ("%s posted in #yard-it on the Spileworks forum:\n\n> %s\n\nFor the record: nothing above is a key or a login, "
            "it is reference data and safe to share.\n" % (p(r), inner.rstrip("\n").replace("\n", "\n> ")))


def w_basecamp(r, inner):
    return ("Basecamp - Halberd & Quaich / Ops thread\n%s wrote:\nPasting this for the audit trail, all public or dummy values:\n\n%s\n"
            "-- sent from Basecamp\n" % (p(r), inner))


def w_freshdesk(r, inner):
    return ("Freshdesk ticket #%d - attachment preview\nRequester: %s\n----\n%s----\nAgent note: checked, no credentials in the attachment.\n"
            % (r.randint(10000, 99999), p(r), inner))


def w_bookstack(r, inner):
    return ("BookStack > Cooperage IT > Reference\nPage revision %d by %s\n\n```\n%s```\n\nThis page contains reference material only.\n"
            % (r.randint(2, 40), p(r), inner))


def w_fax(r, inner):
    return ("FAX  to Bond 3 office  from Halberd & Quaich  page 1/1  %02d-%02d-2024 %02d:%02d\n%s\n[end of transmission]\n"
            % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 17), r.randint(0, 59), inner))


WRAPPERS = [("", None), ("__quoted_in_discourse_post", w_discourse), ("__pasted_in_basecamp_thread", w_basecamp),
            ("__attached_to_freshdesk_ticket", w_freshdesk), ("__embedded_in_bookstack_page", w_bookstack),
            ("__faxed_to_bond_office_ocr", w_fax)]


def build(ledger_key, kid, forbidden, seed=26206):
    r = random.Random(seed)
    ctx = {"ledger_key": ledger_key, "kid": kid}
    recs = []
    seen = set()
    for cname, desc, bases in CLASSES:
        for bname, fn in bases:
            for wname, wfn in WRAPPERS:
                for _ in range(200):
                    inner = bk_jwks(r, ctx) if fn is None else fn(r)
                    text = inner if wfn is None else wfn(r, inner)
                    if text in seen or any(f in text for f in forbidden) or W.PW_ANY_RE.search(text) \
                            or C.JWT_RE.search(text) \
                            or any(not C.uuid_is_v4(u) for u in C.UUID_RE.findall(text)):
                        continue
                    break
                else:
                    raise RuntimeError("negative %s%s" % (bname, wname))
                seen.add(text)
                recs.append({"class": cname, "container": bname + wname, "text": text, "source": "negative"})
    return recs
