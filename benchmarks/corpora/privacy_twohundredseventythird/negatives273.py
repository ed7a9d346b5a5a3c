"""Negatives: texts from the same world that hold no secret at all."""
import base64
import hashlib
import json
import random
import re

import common273 as C
import enc273 as E
import world273 as W

WRAPS = ["", "__forwarded_in_webex", "__quoted_in_redmine", "__pinned_to_trailer_noticeboard"]


class NKeys:
    def __init__(self):
        self.jwt = {}
        self.scram = {}
        self.ssha = {}
        self.mysql = {}
        self.gtin = []
        self.sscc = []
        self.isbn = []
        self.cas = []
        self.p256 = []
        self.pgp = []
        self.decoys = []
        self.sha256 = {}


NK = NKeys()


def wrap(w, text, rng):
    if w == "":
        return text
    if w == "__forwarded_in_webex":
        return (f"{rng.choice(W.FIRST)} forwarded a message from the Ops space\n"
                "Reference only - there are no logins or keys in this:\n" + text)
    if w == "__quoted_in_redmine":
        return ("Attaching this for reference, nothing sensitive in it:\n\n<pre>\n" + text.rstrip("\n") + "\n</pre>\n")
    return "PINNED - reference sheet, nothing secret on it\n----\n" + text


def _gtin(rng, prefix="50"):
    body = prefix + C.rs(rng, C.DIGITS, 12 - len(prefix))
    g = body + C.gs1_check(body)
    NK.gtin.append(g)
    return g


def n_gtin(kind, rng):
    items = ["Wig shampoo 250ml", "Lace tint spray", "Wig block stand 22in", "Satin wig cap (2)", "Wide-tooth comb",
             "Adhesive remover 118ml", "Spirit gum 10ml", "Wig conditioner 200ml", "Bobby pins (100)", "Hair net 3-pack"]
    rows = rng.sample(items, 4)
    if kind == "shop_product_feed_csv":
        lines = ["id,title,gtin,price,availability"]
        for k, t in enumerate(rows):
            lines.append(f"WC{rng.randint(1000, 9999)},{t},{_gtin(rng)},{rng.randint(3, 40)}.{rng.choice(['00', '50', '99'])} GBP,in stock")
        return "\n".join(lines) + "\n"
    lines = [f"GOODS IN - delivery note {rng.randint(40000, 49999)}", "EAN            Description                 Qty"]
    for t in rows:
        lines.append(f"{_gtin(rng)}  {t:<26}  {rng.randint(2, 48)}")
    return "\n".join(lines) + "\nChecked by: " + rng.choice(W.FIRST) + "\n"


def _sscc(rng):
    body = "0" + "50" + C.rs(rng, C.DIGITS, 14)
    s = body + C.gs1_check(body)
    NK.sscc.append(s)
    return s


def n_sscc(kind, rng):
    if kind == "pallet_label_print_text":
        s = _sscc(rng)
        return (f"SSCC\n(00) {s}\nCONTENT: REMY HAIR WEFTS 14-22 IN\nCOUNT: {rng.randint(12, 60)} CARTONS\n"
                f"BATCH: HW{rng.randint(1000, 9999)}\nSHIP TO: Thistlecombe Wigs & Postiche, Leicester\n")
    ss = [_sscc(rng) for _ in range(2)]
    return ("<DespatchAdvice>\n  <ID>ASN-" + str(rng.randint(100000, 999999)) + "</ID>\n"
            + "".join(f"  <Package><SSCC>{s}</SSCC><Cartons>{rng.randint(4, 30)}</Cartons></Package>\n" for s in ss)
            + "</DespatchAdvice>\n")


def _isbn(rng):
    body = "978" + C.rs(rng, C.DIGITS, 9)
    s = body + C.gs1_check(body)
    NK.isbn.append(s)
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def n_isbn(kind, rng):
    titles = ["Wigmaking for the Stage", "Period Hairdressing 1700-1950", "Practical Postiche", "Prosthetic Make-up Techniques",
              "Moulding and Casting Silicone", "Facial Hair on Lace", "Theatrical Make-up Fundamentals", "The Hair Historian"]
    ts = rng.sample(titles, 3)
    if kind == "library_catalogue_tsv":
        return "shelf\ttitle\tisbn\tcopies\n" + "".join(f"W{rng.randint(1, 9)}\t{t}\t{_isbn(rng)}\t{rng.randint(1, 3)}\n" for t in ts)
    return "## Reading list - first-year trainees\n\n" + "".join(f"- *{t}* (ISBN {_isbn(rng)})\n" for t in ts)


CHEMS = [("Isopropyl alcohol", "6763"), ("Ethanol", "6417"), ("Water", "773218"),
         ("Octamethylcyclotetrasiloxane", "55667"), ("Acetone", "6764"), ("Toluene", "10888"),
         ("Glycerol", "5681"), ("Silicon dioxide", "763186"), ("Castor oil", "800179"),
         ("Calcium sulfate", "777818")]


def _cas(body):
    c = f"{body[:-2]}-{body[-2:]}-{C.cas_check(body)}"
    NK.cas.append(c)
    return c


def n_cas(kind, rng):
    cs = rng.sample(CHEMS, 3)
    if kind == "sds_composition_extract":
        lines = ["SECTION 3: Composition/information on ingredients", "Substance              CAS No.      %"]
        for name, body in cs:
            lines.append(f"{name:<22} {_cas(body):<12} {rng.randint(1, 60)}-{rng.randint(61, 95)}")
        return "\n".join(lines) + "\n"
    lines = ["product,substance,cas,hazard,store"]
    for name, body in cs:
        lines.append(f"{rng.choice(['Pros-Aide', 'Skin Illustrator thinner', 'Plat Gel 10', 'Bondo mix'])},{name},{_cas(body)},H{rng.randint(200, 373)},flammables cabinet")
    return "\n".join(lines) + "\n"


def n_verifiers(kind, rng):
    if kind == "pg_authid_select_output":
        lines = ["stock=# SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin;",
                 "   rolname    |                     rolpassword", "--------------+------------------------------------------"]
        for who in rng.sample(["stock_app", "booking_app", "grafana_ro", "etl", "metabase"], 3):
            pw = C.rbytes(rng, 12)
            salt = C.rbytes(rng, 16)
            v = C.scram_sha256(pw, salt)
            NK.scram[v] = (pw, salt)
            lines.append(f" {who:<12} | {v}")
        lines.append("(3 rows)")
        return "\n".join(lines) + "\n"
    out = []
    for who in rng.sample(["perdita", "casimir", "soraya", "torquil", "hedda"], 2):
        pw, salt = C.rbytes(rng, 12), C.rbytes(rng, 8)
        s = C.ssha(pw, salt)
        NK.ssha[s] = (pw, salt)
        out.append(f"dn: uid={who},ou=people,dc=thistlecombe-wigs,dc=example\nobjectClass: inetOrgPerson\nuid: {who}\n"
                   f"userPassword: {s}\n")
    pw = C.rbytes(rng, 12)
    m = C.mysql_native(pw)
    NK.mysql[m] = pw
    out.append(f"# legacy shop database user, kept for the audit\n# authentication_string: {m}\n")
    return "\n".join(out)


def n_digests(kind, rng):
    files = ["nose_bridge_v3.stl", "brow_piece_left.stl", "chin_mould_core.stl", "ear_tip_pair.stl", "wig_block_22in.stl",
             "scar_appliance_A.stl"]
    fs = rng.sample(files, 3)
    lines = []
    for f in fs:
        data = C.rbytes(rng, 64)
        if kind == "sha256sums_file":
            h = hashlib.sha256(data).hexdigest()
            NK.sha256[h] = data
            lines.append(f"{h}  {f}")
        else:
            lines.append(f"{hashlib.blake2b(data).hexdigest()}  {f}")
    if kind == "sha256sums_file":
        return "\n".join(lines) + "\n"
    return "# b2sum of the casting files, release " + str(rng.randint(10, 40)) + "\n" + "\n".join(lines) + "\n"


def _p256_pub(rng):
    d = rng.randrange(1, C.P256_N)
    pt = C.p256_mul(d)
    NK.p256.append(pt)
    return pt


def n_ecdsa(kind, rng):
    if kind == "fittings_signer_jwks_document":
        keys = []
        for _ in range(2):
            x, y = _p256_pub(rng)
            keys.append({"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": C.rs(rng, C.HEX, 16),
                         "x": C.b64u_nopad(x.to_bytes(32, "big")), "y": C.b64u_nopad(y.to_bytes(32, "big"))})
        return "GET https://book.ventilate.example/.well-known/jwks.json\n" + json.dumps({"keys": keys}, indent=2) + "\n"
    lines = []
    for who in rng.sample(["perdita@dye-pc", "rafferty@scanner", "ci@ventilate"], 2):
        x, y = _p256_pub(rng)

        def s(b):
            return len(b).to_bytes(4, "big") + b
        blob = s(b"ecdsa-sha2-nistp256") + s(b"nistp256") + s(b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big"))
        lines.append("ecdsa-sha2-nistp256 " + base64.b64encode(blob).decode() + " " + who)
    return "# ~/.ssh/authorized_keys on scanner.mandrake-fx.example\n" + "\n".join(lines) + "\n"


def _anon_jwt(rng):
    key = C.rbytes(rng, 32)
    iat = rng.randint(1_700_000_000, 1_760_000_000)
    t = C.hs256_jwt({"alg": "HS256", "typ": "JWT"},
                    {"iss": "supabase", "ref": C.rs(rng, C.LOWER, 20), "role": "anon", "iat": iat, "exp": iat + 315_360_000}, key)
    NK.jwt[t] = key
    return t


def n_public(kind, rng):
    pk = "pk_live_" + C.rs(rng, C.ALNUM, 99)
    mapbox = "pk." + C.b64u_nopad(json.dumps({"u": "gaslight-hmu", "a": "c" + C.rs(rng, C.LALNUM, 24)},
                                             separators=(",", ":")).encode()) + "." + C.rs(rng, C.B64URL, 22)
    if kind == "checkout_page_head_html":
        return ("<!-- shop.thistlecombe-wigs.example checkout (public keys only) -->\n"
                f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>const stripe = Stripe('{pk}');</script>\n"
                f"<div class=\"h-captcha\" data-sitekey=\"{C.uuid4(rng)}\"></div>\n"
                f"<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA{C.rs(rng, C.B64URL, 14)}\"></div>\n")
    return ("// public runtime config of the crew web app - safe to ship to browsers\n"
            "export const config = {\n"
            f"  supabaseUrl: 'https://{C.rs(rng, C.LOWER, 20)}.supabase.co',\n"
            f"  supabaseAnonKey: '{_anon_jwt(rng)}',\n"
            f"  mapboxToken: '{mapbox}',\n"
            f"  firebase: {{ apiKey: 'AIza{C.rs(rng, C.B64URL, 35)}', projectId: 'gaslight-call', appId: '1:{C.rs(rng, C.DIGITS, 12)}:web:{C.rs(rng, C.HEX, 22)}' }},\n"
            "};\n")


def n_placeholders(kind, rng):
    import everyday273
    import vendor273
    ks = rng.sample([t[0] for t in vendor273.TYPES if not t[0].endswith("password")], 4) + \
        rng.sample([t[0] for t in everyday273.TYPES], 2)
    marks = ["", "changeme", "<set-me>", "${" + "X" + "}", "TODO", "xxxxxxxx"]
    if kind == "env_example_file":
        lines = ["# .env.example - copy to .env and fill in from the vault"]
        for k in ks:
            m = rng.choice(marks)
            if m.startswith("${"):
                m = "${" + k.upper() + ":?set in CI}"
            lines.append(f"{k.upper()}={m}")
        return "\n".join(lines) + "\n"
    lines = ["# values.yaml defaults - real values come from the sealed secret", "secrets:"]
    for k in ks:
        lines.append(f"  {C.case_key(k.split('_'), 'camel')}: \"\"  # required")
    return "\n".join(lines) + "\n"


def n_masked(kind, rng):
    prev = [("Stripe restricted key", "rk_live_" + "\u2022" * 12 + C.rs(rng, C.ALNUM, 4)),
            ("GitHub token", "ghp_" + "*" * 32 + C.rs(rng, C.ALNUM, 4)),
            ("SendGrid key", "SG." + "x" * 10 + "..." + C.rs(rng, C.B64URL, 4)),
            ("Docker Hub token", "dckr_pat_" + "\u2022" * 8 + C.rs(rng, C.B64URL, 3)),
            ("Cloudinary secret", "*" * 20 + C.rs(rng, C.ALNUM, 3)),
            ("Postman key", "PMAK-" + "\u2022" * 10 + C.rs(rng, C.HEX, 4))]
    ps = rng.sample(prev, 3)
    if kind == "vendor_dashboard_copy":
        return "API keys\n" + "".join(f"{n:<24} {v:<40} last used {rng.randint(1, 30)} days ago\n" for n, v in ps)
    n, v = ps[0]
    return (f"Support: I can see your {n} ending in {v[-4:]} was used {rng.randint(2, 9)} minutes ago.\n"
            f"Me: that's the one shown as {v} in the dashboard, I won't paste the full thing here.\n")


def n_refs(kind, rng):
    if kind == "externalsecret_manifest":
        return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: shop-keys\nspec:\n"
                "  secretStoreRef:\n    name: gcp-store\n    kind: ClusterSecretStore\n  data:\n"
                f"    - secretKey: STRIPE_RESTRICTED_API_KEY\n      remoteRef:\n        key: shop-stripe-rk\n        version: \"{rng.randint(2, 9)}\"\n"
                f"    - secretKey: SHIPPO_LIVE_API_TOKEN\n      remoteRef:\n        key: projects/ventilate-{rng.randint(100000, 999999)}/secrets/shippo/versions/latest\n")
    return json.dumps([
        {"name": "SENDGRID_API_KEY", "value": "@Microsoft.KeyVault(SecretUri=https://gaslight-kv.vault.azure.net/secrets/sendgrid/)"},
        {"name": "TEAMS_WEBHOOK", "value": "@Microsoft.KeyVault(VaultName=gaslight-kv;SecretName=teams-hook)"},
        {"name": "GH_TOKEN", "value": "${{ secrets.GH_TOKEN }}"},
        {"name": "VAULT_PATH", "value": f"vault:kv/data/kit#token-{rng.randint(1, 9)}"}], indent=2) + "\n"


def _pgp_block(rng):
    body = bytes([0x85, 0x01, 0x0C]) + C.rbytes(rng, rng.randint(180, 260))
    crc = C.crc24(body)
    b64 = base64.b64encode(body).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    arm = base64.b64encode(crc.to_bytes(3, "big")).decode()
    NK.pgp.append((b64, arm))
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + arm + "\n-----END PGP MESSAGE-----"


def n_cipher(kind, rng):
    if kind == "sealedsecret_manifest":
        return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: trailer-sync\n  namespace: kit\nspec:\n"
                "  encryptedData:\n"
                f"    TRAILER_SYNC_API_KEY: AgB{C.rs(rng, C.B64, 340)}==\n")
    return "# clinic export, encrypted to the practice manager's key\n" + _pgp_block(rng) + "\n"


DOC_VARS = [("PRINT_FARM_API_TOKEN", "`mfx_` followed by 32 letters and digits, an underscore and 8 hex digits", "op://Print/worker/token"),
            ("HEAD_SCANNER_LICENCE_KEY", "`HSL-` and six groups of four hex digits", "op://Scanner/licence/key"),
            ("TAG_PRINTER_ACTIVATION_CODE", "`TAG-`, nine digits in threes and two check digits", "op://Kit/tag-printer/code"),
            ("SENDGRID_API_KEY", "`SG.` followed by two dot-separated blocks", "op://Clinic/sendgrid/key"),
            ("OCTOPRINT_API_KEY", "32 upper-case hex digits from Settings > Application Keys", "op://Print/octoprint/key"),
            ("SHIPPO_LIVE_API_TOKEN", "`shippo_live_` and 40 hex digits", "op://Shop/shippo/token")]
DOC_CURL = [("https://api.example-shipping.example/v2/labels", "YOUR_API_KEY", "shippo_live_..."),
            ("https://printfarm.mandrake-fx.example/api/v1/jobs", "<token>", "mfx_..."),
            ("https://stock.ventilate.example/api/orders", "$STOCK_TOKEN", "a long random string"),
            ("https://kit.gaslight-hmu.example/api/tags", "REPLACE_ME", "the key from the admin page")]


def n_docs(kind, rng):
    if kind == "print_worker_setup_readme":
        var, shape, ref = rng.choice(DOC_VARS)
        return (f"## Configuring {var.split('_')[0].lower()} (step {rng.randint(2, 9)})\n\nSet `{var}` to the value from the admin page. "
                f"It looks like {shape}.\n\n```bash\nexport {var}=\"$(op read {ref})\"\n```\n")
    url, ph, shape = rng.choice(DOC_CURL)
    return (f"curl {url} \\\n  -H \"Authorization: Bearer {ph}\" \\\n  -d page={rng.randint(1, 9)}\n\n"
            f"# Replace {ph} with your key ({shape}). Never commit it.\n")


PROSE = ["Everyone has their own login for the booking desk.",
         "Choose a password you have not used anywhere else, at least twelve characters long.",
         "Never write a password on an appointment card, a wig block or the back of a call sheet.",
         "If you forget your password, ask the practice manager to reset it.",
         "Nobody from IT will ever ask you to read your password out over the phone.",
         "The door code for the knotting room is explained in person on your first day, never by message.",
         "Lock the dispenser PC with Windows+L whenever you leave the colour bench.",
         "Shared logins are being phased out; each artist gets their own account on the trailer tablets."]


def n_prose(kind, rng):
    sents = rng.sample(PROSE, rng.randint(3, 5))
    if kind == "staff_handbook_page":
        return f"Section {rng.randint(3, 9)}.{rng.randint(1, 9)} Logging in\n\n" + " ".join(sents) + "\n"
    return "Induction checklist - " + rng.choice(["knotting room", "clinic desk", "trailer 2", "casting bench"]) + "\n" + \
        "".join(f"[ ] {x}\n" for x in sents)


def _decoy_hsl(rng):
    b = C.rbytes(rng, 10)
    bad = (C.inet16(b) + rng.randint(1, 500)) & 0xFFFF
    h = b.hex().upper()
    v = "HSL-" + "-".join(h[i:i + 4] for i in range(0, 20, 4)) + f"-{bad:04X}"
    NK.decoys.append(("hsl", v))
    return v


def _decoy_tag(rng):
    nine = C.rs(rng, C.DIGITS, 9)
    good = C.cpf_digits(nine)
    bad = f"{(int(good[0]) + rng.randint(1, 9)) % 10}{good[1]}"
    v = f"TAG-{nine[:3]}.{nine[3:6]}.{nine[6:]}-{bad}"
    NK.decoys.append(("tag", v))
    return v


def _decoy_mfx(rng):
    body = C.rs(rng, C.ALNUM, 32)
    good = C.sm3(body.encode())[:4].hex()
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    v = f"mfx_{body}_{bad}"
    NK.decoys.append(("mfx", v))
    return v


def n_decoys(kind, rng):
    if kind == "licence_validator_unit_tests":
        return ("def test_rejects_bad_checksums():\n"
                f"    assert not valid_licence('{_decoy_hsl(rng)}')\n"
                f"    assert not valid_activation('{_decoy_tag(rng)}')\n"
                f"    assert not valid_token('{_decoy_mfx(rng)}')\n")
    return ("".join(f"2025-10-{rng.randint(10, 28)}T09:{rng.randint(10, 59)}:00Z WARN activation rejected: checksum mismatch value={f(rng)}\n"
                    for f in rng.sample([_decoy_hsl, _decoy_tag, _decoy_mfx], 2)))


def n_orders(kind, rng):
    if kind == "wig_order_form_text":
        return (f"WIG ORDER {rng.randint(3000, 3999)}\nClient: {rng.choice(['Royal Exchange', 'Crucible', 'Chichester Festival', 'Regent Opera'])} - "
                f"{rng.choice(['Hedda Gabler', 'The Rivals', 'Lady Windermere', 'Rigoletto'])}\n"
                f"Head: circumference {rng.randint(54, 60)} cm, front to nape {rng.randint(33, 38)} cm, ear to ear {rng.randint(30, 35)} cm\n"
                f"Hair: European, {rng.randint(14, 24)} inches, shade {rng.choice(['8/3', '6/4', '10/1', '4/0'])} with grey blend {rng.randint(5, 30)} percent\n"
                f"Front: hand-tied Swiss lace, hairline knotted single hair\nDue: fitting in week {rng.randint(2, 6)}\n")
    return (f"WORK TICKET - knotting\nOrder {rng.randint(3000, 3999)}  bench {rng.randint(1, 8)}\n"
            f"Section: {rng.choice(['front hairline', 'crown', 'nape', 'parting'])}\n"
            f"Knots per sq cm: {rng.randint(80, 160)}   hairs per knot: {rng.choice([1, 1, 2])}\n"
            f"Hours so far: {rng.randint(4, 40)}\n")


def n_jobs(kind, rng):
    if kind == "lifecast_job_sheet":
        return (f"LIFECAST JOB {rng.randint(500, 999)}\nPerformer: (contract ref only) C-{rng.randint(100, 999)}\n"
                f"Areas: {rng.choice(['full head', 'face and neck', 'hands'])}\nAlginate: {rng.randint(2, 6)} kg, water {rng.randint(18, 24)} C\n"
                f"Plaster bandage: {rng.randint(4, 12)} rolls\nDemould after {rng.randint(6, 12)} minutes\n")
    return (f"SILICONE BATCH\nMaterial: platinum cure, shore 00-{rng.choice([10, 20, 30])}\n"
            f"Part A {rng.randint(100, 400)} g  Part B {rng.randint(100, 400)} g  deadener {rng.randint(0, 100)} percent\n"
            f"Pigment: flesh base {rng.randint(1, 4)} drops\nDegassed {rng.randint(2, 5)} min, cure {rng.randint(30, 240)} min at {rng.randint(20, 60)} C\n")


_PUZ = ["tenpin_strike_spare_bonus", "kiln_ramp_soak_dial", "pole_ant_ultimate_tumble", "risk_dice_skirmish_armies",
        "reagent_molecule_atom_census", "ridge_summit_prominence"]


def n_puzzles(kind, rng):
    out = ["PUZZLE CORNER - last week's answers" if kind == "puzzle_corner_answers" else "Call sheet teaser - solutions"]
    for k, name in enumerate(rng.sample(_PUZ, 3)):
        ans = rng.randint(12, 140) if name != "tenpin_strike_spare_bonus" else rng.randint(45, 140)
        if name == "reagent_molecule_atom_census":
            ans = rng.randint(12, 80)
        try:
            unit = E.ENCODINGS[name](ans, rng)
        except E.Fail:
            unit = E.ENCODINGS[name](60, rng)
            ans = 60
        out.append(f"{k + 1}. {unit}\n   answer: {ans}")
    return "\n".join(out) + "\n"


def n_uuids(kind, rng):
    if kind == "fitting_booked_email":
        return (f"Subject: Your wig fitting is booked\n\nBooking reference: TW-{rng.randint(10000, 99999)}\n"
                f"Manage your booking: https://book.ventilate.example/b/{C.uuid4(rng)}\n"
                f"Calendar file: https://book.ventilate.example/ics/{C.uuid4(rng)}.ics\n")
    lines = []
    for _ in range(3):
        tid = C.rs(rng, C.HEX, 32)
        sid = C.rs(rng, C.HEX, 16)
        lines.append(f"10.73.{rng.randint(1, 40)}.{rng.randint(2, 250)} - - [14/Oct/2025:09:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100] "
                     f"\"GET /api/orders HTTP/1.1\" 200 {rng.randint(200, 9000)} req_id={C.uuid4(rng)} traceparent=00-{tid}-{sid}-01")
    return "\n".join(lines) + "\n"


def n_printlogs(kind, rng):
    if kind == "gcode_file_header":
        return (f"; generated by PrusaSlicer 2.8.1 on 2025-10-{rng.randint(10, 28)} at 07:{rng.randint(10, 59)}:00 UTC\n"
                f"; estimated printing time (normal mode) = {rng.randint(1, 9)}h {rng.randint(1, 59)}m\n"
                f"; filament used [mm] = {rng.randint(1000, 9000)}.{rng.randint(10, 99)}\n"
                f"; thumbnail begin 16x16 {rng.randint(400, 700)}\n; iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA{C.rs(rng, C.B64, 40)}\n; thumbnail end\n"
                "M83 ; relative extrusion\nG28\n")
    return (f"Stats {rng.randint(1000, 9999)}.{rng.randint(1, 9)}: gcodein=0 mcu: mcu_awake={rng.random():.3f} bytes_write={rng.randint(10000, 99999)}\n"
            f"Starting SD card print (position 0)\nheater_bed: target={rng.randint(55, 70)} temp={rng.randint(50, 70)}.{rng.randint(0, 9)} pwm=0.{rng.randint(100, 999)}\n"
            f"Exiting SD card print (position {rng.randint(100000, 999999)})\n")


CLASSES = [
    ("wig_care_gtin13_barcodes", ["shop_product_feed_csv", "goods_in_delivery_note"], n_gtin,
     "GTIN-13 product barcodes of wig-care stock (real GS1 mod-10 check digit)"),
    ("hair_import_sscc_pallet_labels", ["pallet_label_print_text", "despatch_advice_xml"], n_sscc,
     "SSCC-18 pallet codes of hair imports (real GS1 check digit)"),
    ("workshop_library_isbn13_titles", ["library_catalogue_tsv", "training_reading_list_md"], n_isbn,
     "ISBN-13 numbers of workshop books (real check digit)"),
    ("prosthetics_chemical_cas_numbers", ["sds_composition_extract", "coshh_register_csv"], n_cas,
     "CAS registry numbers of the workshop's chemicals (real CAS check digit)"),
    ("scram_ssha_and_mysql_login_verifiers", ["pg_authid_select_output", "ldap_ldif_export"], n_verifiers,
     "one-way login verifiers: real PostgreSQL SCRAM-SHA-256, LDAP {SSHA} and MySQL native hashes of discarded random inputs"),
    ("stl_model_digest_manifests", ["sha256sums_file", "b2sums_release_manifest"], n_digests,
     "SHA-256 and BLAKE2b digests of STL files (real digests of random bytes)"),
    ("ecdsa_p256_jwks_and_ssh_keys", ["fittings_signer_jwks_document", "authorized_keys_ecdsa"], n_ecdsa,
     "public keys: real P-256 points in a JWKS and in OpenSSH ecdsa-sha2-nistp256 lines"),
    ("publishable_site_and_anon_keys", ["checkout_page_head_html", "frontend_public_config_js"], n_public,
     "public by design: Stripe pk_live, hCaptcha and Turnstile site keys, a Supabase anon JWT (valid HS256), a Mapbox pk. token, a Firebase web apiKey"),
    ("dotenv_example_placeholders", ["env_example_file", "helm_values_defaults"], n_placeholders,
     "this corpus's own key names with empty values, changeme, TODO, ${VAR:?} and xxxxxxxx"),
    ("masked_key_previews", ["vendor_dashboard_copy", "support_chat_masked"], n_masked,
     "masked previews (bullets, stars, x) keeping at most four characters"),
    ("external_secret_and_keyvault_references", ["externalsecret_manifest", "webapp_settings_references"], n_refs,
     "pointers: ExternalSecret remoteRefs, GCP secret resource names, Key Vault references, ${{ secrets.X }} and vault: paths"),
    ("sealed_secret_and_pgp_armored_blobs", ["sealedsecret_manifest", "pgp_message_asc"], n_cipher,
     "ciphertexts whose key is elsewhere: SealedSecret encryptedData (random in frame) and ASCII-armoured PGP messages (random body, real CRC-24 armour checksum)"),
    ("vendor_docs_dummy_credentials", ["print_worker_setup_readme", "api_reference_snippet"], n_docs,
     "documentation with YOUR_API_KEY, <32 characters> and shape descriptions"),
    ("clinic_handbook_login_prose", ["staff_handbook_page", "knotting_room_induction_list"], n_prose,
     "handbook and induction prose about passwords and codes, with no value"),
    ("own_token_layouts_with_broken_checksums", ["licence_validator_unit_tests", "activation_reject_log"], n_decoys,
     "this corpus's own HSL- / TAG- / mfx_ layouts with a wrong Internet checksum, wrong CPF digits or a wrong SM3 tail"),
    ("wig_order_dockets", ["wig_order_form_text", "knotting_work_ticket"], n_orders,
     "wig orders and knotting work tickets (measurements, shades, knot densities)"),
    ("lifecast_and_silicone_job_sheets", ["lifecast_job_sheet", "silicone_batch_record"], n_jobs,
     "lifecasting job sheets and silicone batch records"),
    ("wig_room_puzzle_answer_keys", ["puzzle_corner_answers", "call_sheet_teaser_solutions"], n_puzzles,
     "genuine puzzles of six of this corpus's evasion families with their worked numeric answers, carrying nothing"),
    ("booking_and_request_uuids", ["fitting_booked_email", "ingress_access_log"], n_uuids,
     "UUIDv4 booking links and request ids, W3C traceparent ids"),
    ("print_farm_gcode_and_klipper_logs", ["gcode_file_header", "klipper_log_excerpt"], n_printlogs,
     "G-code headers with a thumbnail fragment and Klipper log lines"),
]
CLASS_NAMES = [c[0] for c in CLASSES]


def clean(text, reg_items, values):
    if W.PW_ANY_RE.search(text):
        return False
    for m in C.UUID_RE.finditer(text):
        if not C.UUID4_RE.match(m.group(0)):
            return False
    for m in C.JWT_RE.finditer(text):
        if m.group(0) not in NK.jwt or not C.hs256_verify(m.group(0), NK.jwt[m.group(0)]):
            return False
    for s in reg_items:
        if len(s) >= 6 and s in text:
            return False
    return True


def build(reg, seed=27306):
    rng = random.Random(seed)
    NK.__init__()
    recs = []
    seen = set()
    for cname, kinds, fn, _ in CLASSES:
        for i in range(11):
            kind = kinds[i % 2]
            w = WRAPS[i % 4]
            for _ in range(200):
                text = wrap(w, fn(kind, rng), rng)
                if text in seen or not clean(text, reg.items, None):
                    continue
                break
            else:
                raise RuntimeError("negative failed " + cname)
            seen.add(text)
            recs.append(dict(**{"class": cname}, container=kind + w, text=text, source="negative"))
    return recs


def structural_checks(recs):
    """Claims made about the negatives, re-checked on the texts (only values that made it into a text)."""
    errs = []
    alltext = "\n".join(r["text"] for r in recs)

    def present(xs):
        return [x for x in xs if x in alltext]
    counts = {}
    for g in present(NK.gtin):
        counts["gtin"] = counts.get("gtin", 0) + 1
        if C.gs1_check(g[:-1]) != g[-1]:
            errs.append("gtin " + g)
    for s in present(NK.sscc):
        counts["sscc"] = counts.get("sscc", 0) + 1
        if C.gs1_check(s[:-1]) != s[-1]:
            errs.append("sscc " + s)
    for s in NK.isbn:
        h = f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"
        if h in alltext:
            counts["isbn"] = counts.get("isbn", 0) + 1
            if C.gs1_check(s[:-1]) != s[-1]:
                errs.append("isbn " + s)
    for cas in present(NK.cas):
        counts["cas"] = counts.get("cas", 0) + 1
        if C.cas_check(cas.replace("-", "")[:-1]) != cas[-1]:
            errs.append("cas " + cas)
    for v in present(NK.scram):
        counts["scram"] = counts.get("scram", 0) + 1
        if C.scram_sha256(*NK.scram[v]) != v:
            errs.append("scram")
    for v in present(NK.ssha):
        counts["ssha"] = counts.get("ssha", 0) + 1
        if C.ssha(*NK.ssha[v]) != v:
            errs.append("ssha")
    for v in present(NK.mysql):
        counts["mysql"] = counts.get("mysql", 0) + 1
        if C.mysql_native(NK.mysql[v]) != v:
            errs.append("mysql")
    for b64, arm in NK.pgp:
        if "=" + arm + "\n-----END PGP MESSAGE-----" in alltext:
            counts["pgp"] = counts.get("pgp", 0) + 1
            if base64.b64encode(C.crc24(base64.b64decode(b64)).to_bytes(3, "big")).decode() != arm:
                errs.append("pgp crc")
    for h in present(NK.sha256):
        counts["sha256"] = counts.get("sha256", 0) + 1
        if hashlib.sha256(NK.sha256[h]).hexdigest() != h:
            errs.append("sha256")
    for kind, v in NK.decoys:
        if v not in alltext:
            continue
        counts["decoy"] = counts.get("decoy", 0) + 1
        if kind == "hsl":
            m = re.fullmatch(r"HSL-((?:[0-9A-F]{4}-){5})([0-9A-F]{4})", v)
            if C.inet16_ok(bytes.fromhex(m.group(1).replace("-", "") + m.group(2))):
                errs.append("decoy hsl passes " + v)
        elif kind == "tag":
            m = re.fullmatch(r"TAG-(\d{3})\.(\d{3})\.(\d{3})-(\d{2})", v)
            if C.cpf_digits("".join(m.groups()[:3])) == m.group(4):
                errs.append("decoy tag passes " + v)
        else:
            m = re.fullmatch(r"mfx_([A-Za-z0-9]{32})_([0-9a-f]{8})", v)
            if C.sm3(m.group(1).encode())[:4].hex() == m.group(2):
                errs.append("decoy mfx passes " + v)
    for m in re.finditer(r"ecdsa-sha2-nistp256 ([A-Za-z0-9+/=]+)", alltext):
        counts["ssh"] = counts.get("ssh", 0) + 1
        blob = base64.b64decode(m.group(1))
        i, parts = 0, []
        while i < len(blob):
            n = int.from_bytes(blob[i:i + 4], "big")
            parts.append(blob[i + 4:i + 4 + n])
            i += 4 + n
        q = parts[2]
        if parts[0] != b"ecdsa-sha2-nistp256" or not C.p256_on_curve(
                (int.from_bytes(q[1:33], "big"), int.from_bytes(q[33:], "big"))):
            errs.append("ssh point off curve")
    for m in re.finditer(r'"x": "([A-Za-z0-9_-]{43})",\s*"y": "([A-Za-z0-9_-]{43})"', alltext):
        counts["jwk"] = counts.get("jwk", 0) + 1
        pt = (int.from_bytes(C.b64u_decode(m.group(1)), "big"), int.from_bytes(C.b64u_decode(m.group(2)), "big"))
        if not C.p256_on_curve(pt):
            errs.append("jwk point off curve")
    for k in ("gtin", "sscc", "isbn", "cas", "scram", "ssha", "mysql", "pgp", "sha256", "decoy", "ssh", "jwk"):
        if not counts.get(k):
            errs.append("no checked " + k + " value in the negatives")
    return errs
