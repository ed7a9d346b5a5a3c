"""Negatives of p276: 22 classes x 11 records, hard negatives from the same world."""
import base64
import hashlib
import hmac
import json
import random

import common276 as C
import dec276
import enc276
import everyday276
import world276 as W

SEED = 27606
SEED_RSA = 27676
WRAPPERS = [
    ("__forwarded_in_studio_chat", "[%s %s] %s: forwarding this for the reference folder, it is public material and holds no logins\n> ", "\n"),
    ("__pinned_on_wiki_reference", "== Reference (public, no logins) ==\nPinned by %s on %s. Nothing below is a key or a login.\n<pre>\n", "</pre>\n"),
    ("__quoted_in_helpdesk_reply", "Hi, %s here from the helpdesk (%s). The text you asked about is reference material only - there are no logins or keys in it:\n\n", "\nKind regards\n"),
]


def _hex(rng, n):
    return C.rstr(rng, C.HEXL, n)

# ---------------------------------------------------------------- generators (rng, kind) -> text


def g_containers(rng, kind):
    owners = ["MSKU", "TGHU", "CAIU", "MRKU", "TCNU", "HLXU", "CMAU", "OOLU"]
    nums = []
    for _ in range(rng.randint(3, 5)):
        body = rng.choice(owners) + "%06d" % rng.randint(0, 999999)
        nums.append(body + C.iso6346_check(body))
    if kind == "import_booking_confirmation":
        lines = ["Booking confirmation - hand-knotted rugs, Izmir to Felixstowe", "Consignee: %s" % W.FIRMS["pellworth"][0], ""]
        lines += ["Container %s  40' HC  %d bales" % (n, rng.randint(20, 60)) for n in nums]
        return "\n".join(lines) + "\n"
    lines = ["gate_time,container,direction,seal"]
    lines += ["2025-%02d-%02d %02d:%02d,%s,%s,%s" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 18), rng.randint(0, 59), n,
                                                    rng.choice(["IN", "OUT"]), "SL%07d" % rng.randint(0, 9999999)) for n in nums]
    return "\n".join(lines) + "\n"


def _vin(rng):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["WF0", "VF7", "WV1", "VF3", "SAL", "ZFA"])
    body = wmi + C.rstr(rng, chars, 5) + "0" + rng.choice("LMNPRS") + C.rstr(rng, chars, 1) + "%06d" % rng.randint(0, 999999)
    chk = C.vin_check(body)
    return body[:8] + chk + body[9:]


def g_vins(rng, kind):
    vans = [(_vin(rng), "YB%02d %s" % (rng.randint(60, 75), C.rstr(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3))) for _ in range(rng.randint(2, 4))]
    if kind == "fleet_vehicle_register_csv":
        return "reg,vin,model,truckmount\n" + "".join("%s,%s,%s,%s\n" % (r, v, rng.choice(["Transit Custom", "Vivaro", "Transporter"]),
                                                                       rng.choice(["Prochem Everest", "Butler 1200", "Sapphire 370"])) for v, r in vans)
    v, r = vans[0]
    return "Service history %s\nVIN %s\nMileage %d\nBrake pads front replaced, vacuum blower serviced, water pump seals checked.\n" % (r, v, rng.randint(20000, 140000))


def g_imei(rng, kind):
    ims = []
    for _ in range(rng.randint(3, 5)):
        b = "35" + "".join(rng.choice("0123456789") for _ in range(12))
        ims.append(b + C.luhn_check_digit(b))
    if kind == "tablet_asset_register":
        return "Asset register - route tablets\n" + "".join("VAN%d  Samsung Tab Active  IMEI %s\n" % (i + 1, m) for i, m in enumerate(ims))
    return json.dumps({"devices": [{"name": "van-tablet-%d" % (i + 1), "imei": m, "os": "Android 14", "compliant": True}
                                   for i, m in enumerate(ims)]}, indent=2) + "\n"


def _orcid(rng):
    b = "0000000" + "".join(rng.choice("0123456789") for _ in range(8))
    d = b + C.iso7064_mod11_2(b)
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))


def g_orcid(rng, kind):
    people = [("Signe Aalto", _orcid(rng)), ("Priya Raman", _orcid(rng)), ("Aurelio Bassi", _orcid(rng))]
    if kind == "conference_speaker_list":
        return "Textile conservation forum - speakers\n" + "".join("%s  https://orcid.org/%s\n" % p for p in people)
    return "Wet cleaning of a sixteenth-century verdure tapestry\n%s\nAnselm Textile Conservation, Norwich\nhttps://orcid.org/%s\n" % (people[0][0], people[0][1])


def g_owncodes(rng, kind):
    if kind == "yarn_stock_label_sheet":
        out = "Yarn stock labels (public shelf codes)\n"
        for _ in range(4):
            b = "".join(rng.choice("0123456789") for _ in range(9))
            out += "YRN-%s%s  %s %d g\n" % (b, C.verhoeff_check_digit(b), rng.choice(["worsted 2/12", "mohair loop", "jute 3-ply", "wool 6/2"]), rng.randint(100, 900))
        return out
    out = "Wash ticket stubs handed to customers\n"
    for _ in range(4):
        b = "".join(rng.choice("0123456789") for _ in range(7))
        out += "WTK-%s%s  %s rug, %dx%d cm\n" % (b, C.damm_check_digit(b), rng.choice(["kilim", "Heriz", "Ziegler", "dhurrie"]), rng.randint(60, 300), rng.randint(60, 300))
    return out


def g_b58addr(rng, kind):
    addr = C.b58check_encode(b"\x00" + C.rbytes(rng, 20))
    if kind == "charity_donation_page_footer":
        return "<footer>\n  <p>Support the Great Hall tapestry appeal.</p>\n  <p>Bitcoin donations: <code>%s</code> (public address)</p>\n</footer>\n" % addr
    return "APPEAL - save the verdure tapestry\nDonate by bank transfer or to our public bitcoin address %s\nThank you!\n" % addr


def g_digests(rng, kind):
    files = ["data/IMG_%04d.tif" % rng.randint(1, 9999) for _ in range(4)]
    if kind == "bagit_manifest_sha256":
        return "".join("%s  %s\n" % (hashlib.sha256(C.rbytes(rng, 64)).hexdigest(), f) for f in files)
    return "file,bytes,sha512\n" + "".join("%s,%d,%s\n" % (f, rng.randint(10 ** 6, 10 ** 8), hashlib.sha512(C.rbytes(rng, 64)).hexdigest()) for f in files)


def g_hashes(rng, kind, keep):
    rows = []
    for i in range(3):
        pw_in = C.rbytes(rng, 12)
        salt = C.rstr(rng, C.B62, 22)
        if rng.random() < 0.5:
            h = base64.b64encode(hashlib.scrypt(pw_in, salt=salt.encode(), n=2 ** 14, r=8, p=1, dklen=64)).decode()
            s = "scrypt$16384$%s$8$1$%s" % (salt, h)
        else:
            it = 600000
            h = hashlib.pbkdf2_hmac("sha256", pw_in, salt[:16].encode(), 1000).hex()
            s = "pbkdf2:sha256:1000$%s$%s" % (salt[:16], h)
        keep.append((s, pw_in))
        rows.append(s)
    users = ["«U»", "desk", "vans"]
    if kind == "crm_users_table_dump":
        return "COPY public.crm_user (id, username, password) FROM stdin;\n" + "".join("%d\t%s%d\t%s\n" % (i + 1, users[i].strip("«»").lower(), i, h) for i, h in enumerate(rows)) + "\\.\n"
    return "id,email,password,active\n" + "".join("%d,user%d@pellworth-rugcare.example,%s,true\n" % (i + 1, i, h) for i, h in enumerate(rows))


def g_rsa(rng, kind, rsa_rng, keep):
    p, q = C.rand_prime(rsa_rng, 512), C.rand_prime(rsa_rng, 512)
    n, e = p * q, 65537
    keep.append((n, p))
    if kind == "authorized_keys_listing":
        blob = C.ssh_string(b"ssh-rsa") + C.ssh_mpint(e) + C.ssh_mpint(n)
        return "# gateway keys allowed to push climate data\nssh-rsa %s climate-gw@anselm\n" % base64.b64encode(blob).decode()
    jwk = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "gw-%d" % rng.randint(1, 99),
                     "n": C.b64u_nopad(n.to_bytes(128, "big")), "e": "AQAB"}]}
    return "$ curl -s https://climate.anselm-textiles.example/.well-known/jwks.json\n" + json.dumps(jwk, indent=2) + "\n"


def g_publishable(rng, kind):
    pk = "pk_live_" + C.rstr(rng, C.B62, 24)
    mb = "pk.eyK" + C.rstr(rng, C.B64U, 50)  # not eyJ: no JWT shape
    site = "6L" + C.rstr(rng, C.B64U, 38)
    if kind == "shop_checkout_embed_snippet":
        return "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  // publishable key: safe in the browser by design\n  const stripe = Stripe('%s');\n</script>\n" % pk
    return "<div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>\n<script>mapboxgl.accessToken = '%s'; // public token</script>\n" % (site, mb)


def g_templates(rng, kind):
    keys = ["LOOM_WORKSTATION_PASSWORD", "CENTRIFUGE_PANEL_PASSWORD", "PATTERN_SOFTWARE_LICENCE", "WASH_RELEASE_CODE",
            "COLLECTIONS_API_KEY", "BOOKING_SESSION_TOKEN", "GATEWAY_PROVISIONING_KEY", "ROUTE_TABLET_UNLOCK_CODE"]
    ph = ["", "changeme", "<set in vault>", "${%s}", "REPLACE_ME", "xxxxxxxx", "<from 1Password>"]
    ks = rng.sample(keys, 4)
    if kind == "env_example_file":
        return "# .env.example - copy to .env and fill in\n" + "".join("%s=%s\n" % (k, rng.choice(ph).replace("%s", k)) for k in ks)
    return "# values.yaml defaults (override per environment)\nextraEnv:\n" + "".join("  %s: \"%s\"\n" % (k, rng.choice(["", "changeme", "REPLACE_ME", "<set by CI>"])) for k in ks)


def g_masked(rng, kind):
    if kind == "vendor_dashboard_key_list":
        return "Name            Key                         Created\nshop sync       shpat_" + "•" * 24 + _hex(rng, 4) + "   2025-03-02\nmail            xkeysib-" + "•" * 20 + "   2024-11-19\nmaps            AIza" + "*" * 28 + C.rstr(rng, C.B62, 3) + "  2025-01-07\n"
    return "+ ./scripts/sync.sh\nUsing COLLECTIONS_API_KEY=[MASKED]\nUsing BOOKING_SESSION_TOKEN=********\nexport LOOM_WORKSTATION_PASSWORD=***\nsync finished in %d s\n" % rng.randint(3, 90)


def g_pointers(rng, kind):
    if kind == "onepassword_op_references":
        v = rng.choice(["Studio", "Pellworth", "Shop", "Ops", "Archive"])
        return "# .env.tpl rendered by `op inject` (%s)\nCOLLECTIONS_API_KEY=op://%s/collections-api-%d/credential\nWASH_RELEASE_CODE=op://%s/wash-desk/release code\nSTRIPE_KEY=op://Shop/stripe-%d/restricted key\n" % (
            W.ctx(rng)["«D»"], v, rng.randint(1, 9), v, rng.randint(1, 9))
    return "{{ with secret \"kv/data/bookings\" }}\nBOOKING_SESSION_TOKEN={{ .Data.data.session_token }}\n{{ end }}\nAWS_PARAM=arn:aws:ssm:eu-west-2:%012d:parameter/pellworth/route-tablet\nGH=${{ secrets.SHOP_DEPLOY_TOKEN }}\n" % rng.randint(10 ** 11, 10 ** 12 - 1)


def g_cipher(rng, kind):
    if kind == "ansible_vault_encrypted_file":
        body = _hex(rng, 64) + "\n" + _hex(rng, 64) + "\n" + _hex(rng, 32)
        hx = body.encode().hex()
        lines = [hx[i:i + 80] for i in range(0, len(hx), 80)]
        return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"
    b = base64.b64encode(C.rbytes(rng, 180)).decode()
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END AGE ENCRYPTED FILE-----\n"


def g_docs(rng, kind):
    if kind == "api_quickstart_excerpt":
        return "## Quick start (v%d.%d)\n\nSet your key in the environment, never in code:\n\n    export COLLECTIONS_API_KEY=anx_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_0000000000000000\n\nKeys look like `anx_` + 32 characters + `_` + 16 hex digits.\n" % (rng.randint(1, 4), rng.randint(0, 20))
    return "SDK %d.%d configuration\n\n| option | example | notes |\n|---|---|---|\n| apiKey | `YOUR_API_KEY` | from the dashboard |\n| token | `sk_test_xxxxxxxxxxxxxxxxxxxxxxxx` | test mode only |\n| webhookUrl | `https://hooks.example/...` | optional |\n" % (rng.randint(1, 4), rng.randint(0, 20))


def g_policy(rng, kind):
    if kind == "staff_handbook_it_page":
        return "IT and logins\nEvery member of staff has their own login for the loom workstation, the centrifuge panel and the scale terminal. Never write a login on a sticker, never share it in the group chat and change it when someone leaves. Ask %s if you are locked out.\n" % W.ctx(rng)["«P»"]
    return "Van induction - day one\n1. The route tablet unlocks with your personal code; the office sets it up.\n2. Do not read codes out over the phone.\n3. Report a lost tablet the same day.\n"


def g_broken(rng, kind):
    k = everyday276.Keys()
    items = []
    b = "".join(rng.choice("0123456789") for _ in range(15))
    d = b + str((int(C.luhn_check_digit(b)) + rng.randint(1, 9)) % 10)
    items.append("JQL-" + "-".join(d[i:i + 4] for i in range(0, 16, 4)))
    b = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(10))
    items.append("RWR-" + b + str((int(C.verhoeff_check_digit(b)) + rng.randint(1, 9)) % 10))
    b = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
    items.append("VRU-" + b + str((int(C.damm_check_digit(b)) + rng.randint(1, 9)) % 10))
    body = C.rstr(rng, C.B62, 32)
    items.append("anx_" + body + "_" + "%016x" % (C.siphash24(k.sip, body.encode()) ^ (1 << rng.randint(0, 63))))
    if kind == "layout_validator_test_cases":
        return "def test_rejects_bad_codes():\n" + "".join("    assert not validate(%r)\n" % it for it in items)
    return "".join("2025-%02d-%02d reject %s (check failed)\n" % (rng.randint(1, 12), rng.randint(1, 28), it) for it in items)


def g_washlog(rng, kind):
    if kind == "wash_floor_job_log_csv":
        return "job,rug,size_cm,dust_min,wash_min,spin_rpm\n" + "".join("J%05d,%s,%dx%d,%d,%d,%d\n" % (
            rng.randint(1, 99999), rng.choice(["Ziegler", "kilim", "Gabbeh", "tufted wool", "sisal"]), rng.randint(60, 300), rng.randint(60, 400),
            rng.randint(5, 30), rng.randint(20, 90), rng.choice([600, 800, 1000])) for _ in range(4))
    return "".join("%02d:00 RH %d%% temp %.1fC fans stage %d\n" % (h, rng.randint(35, 70), rng.uniform(18, 28), rng.randint(1, 3)) for h in range(6, 12))


def g_condition(rng, kind):
    if kind == "condition_report_summary":
        return "Object %d.%d - verdure tapestry, wool and silk\nCondition: fair. Weft losses in the lower border, old couched repairs, light fading.\nRecommendation: wet clean, support on dyed crepeline, re-line.\n" % (rng.randint(1900, 2020), rng.randint(1, 400))
    return "acc_no,title,date,status\n" + "".join("%d.%d,%s,%s,%s\n" % (rng.randint(1900, 2020), rng.randint(1, 400), rng.choice(["Hunting scene", "Millefleurs fragment", "Armorial panel"]),
                                                                        rng.choice(["c.1520", "c.1650", "1890s"]), rng.choice(["on loan", "in studio", "returned"])) for _ in range(3))


def g_puzzles(rng, kind):
    fams = rng.sample(["puddle_volume_between_uprights", "stick_trio_triangle_forming", "paired_stall_worth_minus_walk",
                       "roll_cutting_cheapest_sequence", "bale_pile_uncovered_sides", "three_circle_survey_outsiders"], 3)
    out = "Answers to last issue's puzzles (just for fun)\n" if kind == "newsletter_answers_page" else "Solutions card - break room\n"
    for f in fams:
        t = rng.randint(12, 40)
        run = enc276.ENC[f][0](rng, t)
        a = dec276.DEC[f](run)
        out += "%s  ->  answer %d\n" % (run, a)
    return out


def g_uuids(rng, kind):
    if kind == "job_queue_export_json":
        return json.dumps({"jobs": [{"id": C.uuid4(rng), "type": rng.choice(["wash", "collect", "deliver"]), "status": "done"} for _ in range(3)]}, indent=2) + "\n"
    return "".join("%s delivery %s status=200 ms=%d\n" % (W.ctx(rng)["«D»"], C.uuid4(rng), rng.randint(20, 900)) for _ in range(3))


def g_drafts(rng, kind):
    if kind == "dye_recipe_card":
        return "Madder red, recipe %d\nWool %d g, alum %d%% owf, cream of tartar %d%% owf\nMadder root %d%% owf, hold at 60-70 C for one hour\n" % (
            rng.randint(1, 60), rng.randint(200, 1000), rng.randint(8, 15), rng.randint(5, 8), rng.randint(50, 100))
    return "Draft %d - point twill on four shafts\nthreading 12343214 x%d\ntie-up 1=12 2=23 3=34 4=14\nsett %d epi, %d ppi\n" % (rng.randint(1, 40), rng.randint(4, 12), rng.randint(6, 12), rng.randint(6, 12))


CLASSES = [
    ("iso6346_shipping_container_numbers", ["import_booking_confirmation", "container_yard_gate_log"], g_containers,
     "ISO 6346 container numbers of rug imports with real check digits"),
    ("van_vin_check_digit_register", ["fleet_vehicle_register_csv", "van_service_history_note"], g_vins,
     "VINs of the cleaning vans with real position-9 check digits (ISO 3779 / North American rule)"),
    ("imei_numbers_passing_luhn", ["tablet_asset_register", "mdm_device_inventory_json"], g_imei,
     "IMEIs of the route tablets; they pass Luhn, the algorithm of the JQL- positives"),
    ("orcid_identifiers_of_conservators", ["conference_speaker_list", "journal_article_byline"], g_orcid,
     "ORCID iDs with real ISO 7064 MOD 11-2 check characters"),
    ("public_codes_passing_own_checks", ["yarn_stock_label_sheet", "wash_ticket_stub_log"], g_owncodes,
     "public shelf codes and wash tickets that pass two of the positives' algorithms under other prefixes (Verhoeff on YRN-, Damm on WTK-)"),
    ("base58check_donation_addresses", ["charity_donation_page_footer", "appeal_leaflet_text"], g_b58addr,
     "public Bitcoin P2PKH donation addresses: real Base58Check, the algorithm of the cgk_ positives"),
    ("image_archive_checksum_manifests", ["bagit_manifest_sha256", "image_checksum_csv"], g_digests,
     "SHA-256 and SHA-512 manifests of archive images (real digests of random bytes)"),
    ("one_way_hashes_in_password_columns", ["crm_users_table_dump", "booking_accounts_csv"], g_hashes,
     "real scrypt (Django format) and PBKDF2 (Werkzeug format) hashes of discarded random inputs in a column called password"),
    ("rsa_public_keys_of_gateways", ["authorized_keys_listing", "jwks_endpoint_capture"], g_rsa,
     "real RSA-1024 public keys (n = p x q with Miller-Rabin primes) as an ssh-rsa line and a JWKS"),
    ("publishable_browser_keys", ["shop_checkout_embed_snippet", "booking_widget_html"], g_publishable,
     "public by design: Stripe pk_live_, reCAPTCHA site key, Mapbox public token"),
    ("env_template_placeholders", ["env_example_file", "helm_values_defaults"], g_templates,
     "this corpus's own key names with empty, changeme, REPLACE_ME, ${VAR} and <set in vault> values"),
    ("masked_credential_previews", ["vendor_dashboard_key_list", "ci_log_masked_output"], g_masked,
     "bullet and star masks keeping at most four characters, [MASKED] and ******** in CI output"),
    ("secret_store_reference_pointers", ["onepassword_op_references", "vault_agent_template"], g_pointers,
     "pointers, not values: op:// references, Vault agent templates, SSM parameter ARNs, ${{ secrets.X }}"),
    ("encrypted_config_ciphertexts", ["ansible_vault_encrypted_file", "age_armored_message"], g_cipher,
     "ciphertexts whose key is elsewhere: Ansible Vault and age armour (random in frame)"),
    ("vendor_docs_dummy_keys", ["api_quickstart_excerpt", "sdk_readme_config_table"], g_docs,
     "documentation with X-filled, zero-filled and YOUR_API_KEY placeholders"),
    ("login_policy_handbook_prose", ["staff_handbook_it_page", "van_driver_induction_notes"], g_policy,
     "rules about logins with no value"),
    ("own_layout_broken_checks", ["layout_validator_test_cases", "enrolment_refusal_journal"], g_broken,
     "this corpus's own JQL- / RWR- / VRU- / anx_ layouts with a wrong Luhn, Verhoeff or Damm digit or a flipped SipHash bit"),
    ("rug_wash_and_drying_logs", ["wash_floor_job_log_csv", "drying_room_rh_log"], g_washlog,
     "wash-floor job logs and drying-room RH logs"),
    ("conservation_condition_reports", ["condition_report_summary", "accession_register_extract"], g_condition,
     "condition reports and accession numbers"),
    ("genuine_puzzle_answer_sheets", ["newsletter_answers_page", "break_room_solutions_card"], g_puzzles,
     "genuine puzzles of this corpus's evasion families with worked answers (12 to 40, below every hidden code)"),
    ("uuid4_job_identifiers", ["job_queue_export_json", "webhook_delivery_log"], g_uuids,
     "UUIDv4 job and delivery ids"),
    ("weaving_drafts_and_dye_recipes", ["dye_recipe_card", "loom_draft_notes"], g_drafts,
     "weaving drafts, setts and dye recipes"),
]
CLASS_NAMES = [c[0] for c in CLASSES]


def clean(text, reg_long):
    if C.PW_FORM_ANY.search(text) or C.JWT_SHAPE.search(text) or not C.uuid_ok(text):
        return False
    for s in reg_long:
        if s in text:
            return False
    return True


def build(registry):
    rng = random.Random(SEED)
    rsa_rng = random.Random(SEED_RSA)
    reg_long = [s for s in registry.items if len(s) >= 6]
    out, seen = [], set()
    keep = {"hashes": [], "rsa": []}
    for cname, kinds, gen, _ in CLASSES:
        for i in range(11):
            kind = kinds[i % 2]
            wrap = [None, 0, 1, 2][i % 4]
            for _ in range(30):
                if gen is g_hashes:
                    body = gen(rng, kind, keep["hashes"])
                elif gen is g_rsa:
                    body = gen(rng, kind, rsa_rng, keep["rsa"])
                else:
                    body = gen(rng, kind)
                c = W.ctx(rng)
                body = body.replace("«U»", c["«U»"])
                if wrap is None:
                    text, cont = body, kind
                else:
                    wn, head, tail = WRAPPERS[wrap]
                    if wrap == 0:
                        h = head % (c["«D»"], c["«T»"], c["«P»"])
                        text = h + body.replace("\n", "\n> ").rstrip("> ") + tail
                    elif wrap == 1:
                        text = head % (c["«P»"], c["«D»"]) + body + tail
                    else:
                        text = head % (c["«PF»"], W.FIRMS["shedline"][0]) + body + tail
                    cont = kind + wn
                if text not in seen and clean(text, reg_long):
                    break
            else:
                raise RuntimeError("negative " + cname)
            seen.add(text)
            out.append({"class": cname, "container": cont, "text": text, "source": "negative"})
    return out, keep
