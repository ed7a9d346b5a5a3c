"""Negatives: 20 classes from the same world; no secret in any of them."""
import base64
import hashlib
import hmac
import json
import random
import struct
import zlib

import common263 as C
import everyday263 as E
import world263 as W

WRAPPERS = [
    ("", None),
    ("__shared_in_mattermost_thread", "Mattermost, #withy-ops, {who}: pasting this for reference - it is public / holds no logins, nothing to rotate.\n```\n{body}\n```\n"),
    ("__kept_in_notion_wiki", "# Reference (Notion wiki, Slath Digital)\n> Public information: no keys or logins on this page.\n\n{body}\n"),
    ("__printed_for_bench_folder", "BENCH FOLDER - printed copy, safe to leave out (no logins on this sheet)\n----------------------------------------------------------------\n{body}\n----------------------------------------------------------------\nprinted by {who}\n"),
]


def _ip(rng):
    return W.ip(rng)


def _iso6346(rng):
    owner = C.rstr(rng, C.UPPER, 3) + rng.choice("UJZ")
    d = C.rstr(rng, C.DIGITS, 6)
    return "%s %s %d" % (owner, d, C.iso6346_check(owner + d))


def _imo(rng):
    d = rng.choice("9") + C.rstr(rng, C.DIGITS, 5)
    return "IMO %s%d" % (d, C.imo_check(d))


# 1 -------------------------------------------------------------------------
def c_containers(rng, kind):
    boxes = [_iso6346(rng) for _ in range(rng.randint(2, 4))]
    vessel = rng.choice(["KOTA SEGAR", "WAN HAI 512", "MERATUS JAYA", "NORDIC SURABAYA"])
    if kind == "rattan_bill_of_lading_extract":
        return ("BILL OF LADING  No. SUB%s\nShipper: CV Rotan Cirebon Makmur, Jl. Tuparev 45, Cirebon, Indonesia\nConsignee: Cranmore Wicker Furniture Co., Nottingham NG7\n"
                "Vessel: %s (%s)   Port of loading: Surabaya (IDSUB)   Port of discharge: Felixstowe (GBFXT)\n%s\nDescription: natural rattan core 2.25 mm and 3.5 mm, 612 bundles, HS 1401.20\n"
                % (C.rstr(rng, C.DIGITS, 8), vessel, _imo(rng), "\n".join("Container %s  seal %s  40HC" % (b, C.rstr(rng, C.DIGITS, 7)) for b in boxes)))
    if kind == "port_arrival_notice_mail":
        return ("Subject: Arrival notice - %s ETA Felixstowe %02d Jun\n\nDear Harriet,\nthe vessel %s (%s) is due at Felixstowe on %02d June. Your containers:\n%s\nCustoms entry will be lodged by our broker once the vessel berths.\nKind regards, Import desk\n"
                % (vessel, rng.randint(1, 28), vessel, _imo(rng), rng.randint(1, 28), "\n".join("  - %s" % b for b in boxes)))
    return "container,vessel,imo,status,location\n" + "\n".join("%s,%s,%s,%s,%s" % (b.replace(" ", ""), vessel, _imo(rng), rng.choice(["Discharged", "On vessel", "Gate out"]), rng.choice(["GBFXT", "IDSUB", "SGSIN"])) for b in boxes) + "\n"


# 2 -------------------------------------------------------------------------
def _iban(rng):
    ctry = rng.choice(["GB", "NL", "DE", "PL"])
    if ctry == "GB":
        bban = rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + C.rstr(rng, C.DIGITS, 14)
    elif ctry == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA"]) + C.rstr(rng, C.DIGITS, 10)
    elif ctry == "DE":
        bban = C.rstr(rng, C.DIGITS, 18)
    else:
        bban = C.rstr(rng, C.DIGITS, 24)
    ib = C.iban_make(ctry, bban)
    assert C.iban_valid(ib)
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def c_iban(rng, kind):
    sup = rng.choice(["Somerset Willow Growers Ltd", "Rotan Cirebon Makmur", "Vlechtwerk Groothandel BV", "Korbwaren Lichtenfels GmbH", "Wiklina Nowy Tomysl sp. z o.o."])
    if kind == "remittance_advice_footer":
        return ("REMITTANCE ADVICE - Withy Supply Co-operative\nInvoice W-%s paid in full, GBP %d.%02d\nPayee: %s\nIBAN %s   BIC %s\nPlease quote the invoice number on all correspondence.\n"
                % (C.rstr(rng, C.DIGITS, 5), rng.randint(120, 9000), rng.randint(0, 99), sup, _iban(rng), C.rstr(rng, C.UPPER, 6) + "2L"))
    if kind == "supplier_bank_change_form":
        return ("Supplier bank details change (verified by phone call-back to the number on file)\nSupplier: %s\nOld IBAN: %s\nNew IBAN: %s\nChecked by: %s  Date: 2024-05-%02d\n"
                % (sup, _iban(rng), _iban(rng), rng.choice(W.PEOPLE), rng.randint(1, 28)))
    return "payee,iban,amount_gbp,reference\n" + "\n".join("%s,%s,%d.%02d,W-%s" % (sup, _iban(rng).replace(" ", ""), rng.randint(50, 4000), rng.randint(0, 99), C.rstr(rng, C.DIGITS, 5)) for _ in range(3)) + "\n"


# 3 -------------------------------------------------------------------------
def _s10(rng):
    d = C.rstr(rng, C.DIGITS, 8)
    return "%s%s%d%s" % (rng.choice(["RR", "LX", "CP", "VV", "EE"]), d, C.upu_s10_check(d), rng.choice(["GB", "NL", "DE"]))


def c_s10(rng, kind):
    if kind == "despatch_note_tracking_list":
        return ("DESPATCH NOTE - Osier & Rush Basketworks\n" + "\n".join("%-22s %-28s %s" % (rng.choice(["Log basket", "Shopping basket", "Trug, large", "Hamper 2-strap", "Picnic basket"]),
                "Order #%s" % C.rstr(rng, C.DIGITS, 5), _s10(rng)) for _ in range(3)) + "\nTrack at the carrier's website with the reference on the right.\n")
    return "order,service,tracking,weight_kg\n" + "\n".join("%s,International Tracked,%s,%.2f" % (C.rstr(rng, C.DIGITS, 5), _s10(rng), rng.uniform(0.4, 6)) for _ in range(4)) + "\n"


# 4 -------------------------------------------------------------------------
def c_lockfiles(rng, kind):
    def dg():
        return hashlib.sha256(C.rbytes(rng, 40)).digest()
    if kind == "go_sum_excerpt":
        mods = ["github.com/go-chi/chi/v5 v5.0.12", "github.com/jackc/pgx/v5 v5.6.0", "github.com/spf13/viper v1.19.0", "golang.org/x/sync v0.7.0"]
        out = []
        for m in rng.sample(mods, 3):
            out.append("%s h1:%s" % (m, C.b64s(dg())))
            out.append("%s/go.mod h1:%s" % (m, C.b64s(dg())))
        return "\n".join(out) + "\n"
    if kind == "cargo_lock_excerpt":
        pk = rng.sample([("serde", "1.0.203"), ("tokio", "1.38.0"), ("reqwest", "0.12.4"), ("chrono", "0.4.38")], 2)
        return "".join("[[package]]\nname = \"%s\"\nversion = \"%s\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n\n" % (n, v, dg().hex()) for n, v in pk)
    pk = rng.sample(["Django==5.0.6", "requests==2.32.3", "pillow==10.3.0", "gunicorn==22.0.0"], 2)
    return "".join("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (p, dg().hex(), dg().hex()) for p in pk)


# 5 -------------------------------------------------------------------------
CRYPT = "./" + C.DIGITS + C.UPPER + C.LOWER


def _bcrypt(rng):
    return "$2b$12$" + C.rstr(rng, CRYPT, 53)


def _sha512crypt(rng):
    return "$6$" + C.rstr(rng, CRYPT, 16) + "$" + C.rstr(rng, CRYPT, 86)


def _yescrypt(rng):
    return "$y$j9T$" + C.rstr(rng, CRYPT, 22) + "$" + C.rstr(rng, CRYPT, 43)


def c_hashes(rng, kind):
    if kind == "linux_shadow_excerpt":
        return "".join("%s:%s:19%03d:0:99999:7:::\n" % (u, rng.choice([_sha512crypt, _yescrypt])(rng), rng.randint(100, 999)) for u in rng.sample(["kiosk", "pi", "tomasz", "vanpi", "backup"], 3))
    if kind == "tracker_users_table_dump":
        return ("COPY public.users (id, email, encrypted_password, role) FROM stdin;\n" +
                "".join("%d\t%s@seatwright.example\t%s\t%s\n" % (i + 1, u, _bcrypt(rng), r) for i, (u, r) in enumerate(zip(rng.sample(W.USERS[:14], 3), ["admin", "restorer", "intake"]))) + "\\.\n")
    return "".join("%s:%s\n" % (u, _bcrypt(rng).replace("$2b$", "$2y$")) for u in rng.sample(["tutor1", "tutor2", "maud", "course-admin"], 3))


# 6 -------------------------------------------------------------------------
def c_pubkeys(rng, kind, wg_pubs):
    if kind == "wireguard_peer_config_public_half":
        pub = wg_pubs[rng.randrange(len(wg_pubs))]
        return ("# peer entry as handed to the van Pi (public half only)\n[Peer]\n# workshop gateway\nPublicKey = %s\nAllowedIPs = 10.83.0.0/16\nEndpoint = vpn.osierrush.example:51820\nPersistentKeepalive = 25\n" % pub)
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + C.rbytes(rng, 32)
    lines = ["ssh-ed25519 %s %s@%s" % (C.b64s(blob), rng.choice(W.USERS[:14]), rng.choice(["slath-laptop", "booth-laptop", "studio-mac"]))]
    blob2 = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + C.rbytes(rng, 32)
    lines.append("ssh-ed25519 %s deploy@ci" % C.b64s(blob2))
    return "# ~/.ssh/authorized_keys on stock-sync-1\n" + "\n".join(lines) + "\n"


# 7 -------------------------------------------------------------------------
def c_publishable(rng, kind):
    pk = "pk_live_" + C.rstr(rng, C.ALNUM, 99)
    site = "6L" + rng.choice("cdef") + C.rstr(rng, C.B64URL, 5) + "AAAAA" + C.rstr(rng, C.B64URL, 27)
    dsn = "https://%s@o%s.ingest.de.sentry.io/%s" % (C.rstr(rng, C.HEX, 32), C.rstr(rng, C.DIGITS, 7), C.rstr(rng, C.DIGITS, 7))
    if kind == "checkout_page_script_tags":
        return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('%s');\n</script>\n"
                "<div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>\n<script>Sentry.init({ dsn: '%s' });</script>\n" % (pk, site, dsn))
    cfg = {"algolia": {"appId": C.rstr(rng, C.UPPER_ALNUM, 10), "searchOnlyApiKey": C.rstr(rng, C.HEX, 32), "index": "courses"},
           "firebase": {"apiKey": "AIza" + C.rstr(rng, C.B64URL, 35), "authDomain": "osier-courses.firebaseapp.com", "projectId": "osier-courses"},
           "stripePublishableKey": pk}
    return json.dumps(cfg, indent=2)


# 8 -------------------------------------------------------------------------
PLACEHOLDERS = ["", "changeme", "<paste from the vault>", "${%s}", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "{{ vault_%s }}", "%%(%s)s", "TODO", "<your-key-here>"]


def c_placeholders(rng, kind):
    keys = ["STEAMING_CHEST_HMI_PASSWORD", "WITHY_STOCK_KEY", "COURSE_BOOKING_TOKEN", "APP_KEY", "WORKSHOP_WIREGUARD_PRIVATE_KEY",
            "RESTORERS_RAILS_MASTER_KEY", "STRIPE_LIVE_SECRET_KEY", "SHOPIFY_ADMIN_API_ACCESS_TOKEN", "BREVO_API_KEY", "TELEGRAM_BOT_API_TOKEN"]
    sel = rng.sample(keys, 4)

    def ph(k):
        p = rng.choice(PLACEHOLDERS)
        return p % (k.lower(),) if "%s" in p else p.replace("%%", "%")
    if kind == "dot_env_example":
        return "# .env.example - copy to .env and fill in from the vault\n" + "".join("%s=%s\n" % (k, ph(k)) for k in sel)
    if kind == "compose_env_template":
        return "services:\n  app:\n    environment:\n" + "".join("      %s: \"${%s:?set %s in .env}\"\n" % (k, k, k) for k in sel)
    return "# values.yaml defaults (override per environment)\nsecrets:\n" + "".join("  %s: \"%s\"\n" % (C.style_key(k.lower().split("_"), "camel"), ph(k)) for k in sel)


# 9 -------------------------------------------------------------------------
def c_masked(rng, kind):
    if kind == "integrations_settings_masked":
        rows = [("Stripe live secret key", "sk_live_" + "\u2022" * 12 + C.rstr(rng, C.ALNUM, 4)),
                ("Shopify admin token", "shpat_" + "*" * 28 + C.rstr(rng, C.HEX, 4)),
                ("Brevo API key", "xkeysib-" + "\u2022" * 10 + "..." + C.rstr(rng, C.LOWER_ALNUM, 4)),
                ("Withy stock key", "wsk_" + "\u2022" * 36 + C.rstr(rng, C.HEX, 4)),
                ("Course booking token", "\u2022" * 16 + " (hidden)")]
        return "Settings > Integrations\n" + "".join("%-24s %s   [Reveal disabled]\n" % r for r in rng.sample(rows, 4))
    return ("CRANMORE WICKER - TILL 2\nCard: Visa Debit  **** **** **** %s\nAID: A0000000031010\nAuth code: %s\nTOTAL GBP %d.%02d\nCardholder copy - please retain\n"
            % (C.rstr(rng, C.DIGITS, 4), C.rstr(rng, C.DIGITS, 6), rng.randint(20, 900), rng.randint(0, 99)))


# 10 ------------------------------------------------------------------------
def c_refs(rng, kind):
    names = rng.sample(["STRIPE_LIVE_SECRET_KEY", "SLACK_BOT_USER_TOKEN", "BREVO_API_KEY", "XERO_OAUTH_CLIENT_SECRET", "EBAY_PRODUCTION_CERT_ID",
                        "SHOPIFY_ADMIN_API_ACCESS_TOKEN", "QUICKBOOKS_OAUTH_CLIENT_SECRET", "GOCARDLESS_LIVE_ACCESS_TOKEN"], 3)
    if kind == "onepassword_op_refs_env":
        return ("# .env.tpl - resolved at run time by `op run --env-file=.env.tpl`\n" + "".join("%s=op://%s/%s/credential\n" % (n, rng.choice(["Withy", "Cranmore", "Osier", "Seatwright"]), n.title().replace("_", " ")) for n in names[:2])
                + "SSM_PARAM=arn:aws:ssm:eu-west-2:%s:parameter/slath/prod/%s\n" % (C.rstr(rng, C.DIGITS, 12), names[2].lower().replace("_", "-")))
    if kind == "k8s_secretkeyref_manifest":
        sec = rng.choice(["trade-sync-secrets", "shop-secrets", "freight-secrets"])
        return "env:\n" + "".join("  - name: %s\n    valueFrom:\n      secretKeyRef:\n        name: %s\n        key: %s\n" % (n, sec, n.lower().replace("_", "-")) for n in names)
    kv = rng.choice(["kv-cranmore", "kv-cranmore-prod", "kv-slath-shared"])
    return ("App settings (Azure portal export)\n" + "".join("%s = @Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/%s/)\n" % (n, kv, n.lower().replace("_", "-")) for n in names[:2])
            + "%s = @Microsoft.KeyVault(VaultName=%s;SecretName=%s)\nWEBSITE_RUN_FROM_PACKAGE = 1\n" % (names[2], kv, names[2].lower().replace("_", "-")))


# 11 ------------------------------------------------------------------------
def _fernet(rng, key):
    sk, ek = key[:16], key[16:]
    iv = C.rbytes(rng, 16)
    msg = json.dumps({"order": C.rstr(rng, C.DIGITS, 5), "phone": "07%s" % C.rstr(rng, C.DIGITS, 9)}).encode()
    body = b"\x80" + struct.pack(">Q", 1717000000 + rng.randint(0, 9000000)) + iv + C.aes128_cbc_encrypt(ek, iv, msg)
    return base64.urlsafe_b64encode(body + hmac.new(sk, body, hashlib.sha256).digest()).decode()


def c_ciphertexts(rng, kind, fkey, rkey):
    if kind == "fernet_tokens_in_db_dump":
        return ("-- customers.phone is encrypted with Fernet at rest (key in the vault, not here)\nINSERT INTO customers (id, name, phone_enc) VALUES\n" +
                ",\n".join("  (%d, '%s', '%s')" % (rng.randint(100, 999), rng.choice(["Mrs Pike", "J. Allard", "Dr Okafor", "Mr Veale"]), _fernet(rng, fkey)) for _ in range(2)) + ";\n")
    if kind == "rails_credentials_yml_enc":
        iv = C.rbytes(rng, 12)
        plain = ("mailer_from: repairs@seatwright.example\nphoto_bucket: seatwright-photos-%s\n" % C.rstr(rng, C.LOWER, 4)).encode()
        ct, tag = C.aes128_gcm(rkey, iv, plain)
        return "# config/credentials.yml.enc (committed; decrypts only with config/master.key, which is not in git)\n%s--%s--%s\n" % (C.b64s(ct), C.b64s(iv), C.b64s(tag))
    blob = (C.rbytes(rng, 32).hex() + "\n" + C.rbytes(rng, 32).hex() + "\n" + C.rbytes(rng, 48 + 16 * rng.randint(0, 3)).hex()).encode().hex()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80)) + "\n"


# 12 ------------------------------------------------------------------------
def c_docs(rng, kind):
    ver = "v%d" % rng.randint(1, 3)
    res = rng.choice(["bolts", "hanks", "webbing", "seagrass", "orders"])
    if kind == "withy_api_quickstart_markdown":
        return ("## Quick start (%s)\n\nEvery request needs your stock key in the `X-Withy-Stock-Key` header. Keys look like `wsk_` followed by 40 hex digits\n"
                "with mixed case; the case pattern is a checksum, so a key that was retyped wrongly is refused.\n\n```sh\ncurl -H \"X-Withy-Stock-Key: wsk_<your-40-hex-digits>\" \\\n     https://api.withysupply.example/%s/%s\n```\n\n"
                "%s\n" % (ver, ver, res, rng.choice(["Never paste a real key into an issue; use `wsk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` in examples.",
                                                    "In examples we write the key as `$WITHY_STOCK_KEY` and read it from your environment.",
                                                    "Rotate keys from the portal (Settings > API); old keys stop working after 24 hours."])))
    rows = ["| `APP_KEY` | `base64:` + 44 characters | `base64:<generated by artisan key:generate>` |",
            "| `WEBBING_LOOM_LICENCE` | `WBL-AAAA-000000-0` | `WBL-XXXX-NNNNNN-C` |",
            "| `COURSE_BOOKING_TOKEN` | compact JWE, five dot-separated parts | `<header>..<iv>.<ciphertext>.<tag>` |",
            "| `RESTORERS_RAILS_MASTER_KEY` | 32 hex digits | `00000000000000000000000000000000` |",
            "| `WORKSHOP_WIREGUARD_PRIVATE_KEY` | 44 Base64 characters (`wg genkey`) | `<output of wg genkey>` |",
            "| `WITHY_STOCK_KEY` | `wsk_` + 40 hex, mixed case | `wsk_0000000000000000000000000000000000000000` |"]
    return "SDK settings reference (%s)\n\n| setting | format | example |\n|---|---|---|\n%s\n" % (ver, "\n".join(rng.sample(rows, 4)))


# 13 ------------------------------------------------------------------------
PROSE = [
    "Every machine login in the workshop (steaming chest, brake, spray booth) is personal: choose a long passphrase, do not reuse the course laptop's one, and never write it on the machine.",
    "If you think a password or key has been seen by someone else - pasted in a chat, photographed on a sticky note - tell Gethin the same day so it can be changed; nobody gets into trouble for reporting it.",
    "Keys for the shop, the couriers and the booking site live in the password manager only. Do not email them, do not put them in the handover document and do not read them out on the phone.",
    "Course tutors get their own login for the barn laptop on the first morning; it is disabled again when the course ends. Shared logins are not allowed.",
    "The intake tablets lock after two minutes. If a customer is standing at the counter, lock the tablet before you turn away to fetch a chair.",
    "When you leave the co-op your accounts are closed on the same day and every shared key you have seen is rotated - this is routine, not a comment on you.",
]


def c_policy(rng, kind):
    paras = rng.sample(PROSE, 3)
    head = "Staff handbook, section 7: logins and keys" if kind == "staff_handbook_it_section" else "Course tutor induction - notes from the walk-round"
    return head + "\n\n" + "\n\n".join(paras) + "\n"


# 14 ------------------------------------------------------------------------
def c_lookalikes(rng, kind):
    if kind == "stock_key_validator_fixtures":
        rows = []
        for _ in range(3):
            good = C.keccak_case(C.rstr(rng, C.HEX, 40))
            idx = [i for i, ch in enumerate(good) if ch.isalpha()]
            i = rng.choice(idx)
            bad = good[:i] + good[i].swapcase() + good[i + 1:]
            rows.append("    (\"wsk_%s\", False),  # one letter in the wrong case: checksum fails" % bad)
        return "REJECT_CASES = [\n" + "\n".join(rows) + "\n]\n"
    if kind == "licence_reject_log":
        lines = []
        for _ in range(3):
            letters, digits = C.rstr(rng, C.UPPER, 4), C.rstr(rng, C.DIGITS, 6)
            good = C.iso6346_check(letters + digits)
            lines.append("2024-06-0%d 10:%02d:%02d loom-licensing WARN rejected WBL-%s-%s-%d (check digit should be %d)" % (rng.randint(1, 9), rng.randint(0, 59), rng.randint(0, 59), letters, digits, (good + rng.randint(1, 9)) % 10, good))
        return "\n".join(lines) + "\n"
    return ("    public function provideBadKeys(): array\n    {\n        return [\n" +
            "".join("            ['base64:%s'],  // %d bytes, must be 32\n" % (C.b64s(C.rbytes(rng, n)), n) for n in rng.sample([16, 24, 31, 33, 48], 3)) + "        ];\n    }\n")


# 15 ------------------------------------------------------------------------
def c_objects(rng, kind):
    if kind == "payments_export_csv":
        return "id,customer,amount,currency,status\n" + "".join("pi_%s,cus_%s,%d,gbp,succeeded\n" % (C.rstr(rng, C.ALNUM, 24), C.rstr(rng, C.ALNUM, 14), rng.randint(1500, 90000)) for _ in range(3))
    return ("%s POST /webhooks/shop 200 request_id=%s topic=orders/paid order=gid://shopify/Order/%s\n%s POST /webhooks/stripe 200 request_id=%s type=charge.refunded object=ch_%s refund=re_%s\n"
            % ("2024-06-05T10:01:02Z", C.uuid4(rng), C.rstr(rng, C.DIGITS, 13), "2024-06-05T10:03:44Z", C.uuid4(rng), C.rstr(rng, C.ALNUM, 24), C.rstr(rng, C.ALNUM, 24)))


# 16 ------------------------------------------------------------------------
def c_devices(rng, kind):
    if kind == "lorawan_end_device_register_csv":
        return ("device_id,dev_eui,join_eui,dev_addr,location\n" + "".join("tank-level-%d,%s,%s,%s,Tank shed %d\n" % (i, C.rstr(rng, C.UHEX, 16), "70B3D57ED0000000"[:10] + C.rstr(rng, C.UHEX, 6), C.rstr(rng, C.UHEX, 8), i) for i in range(1, 4))
                + "# app keys are provisioned on the network server, never in this file\n")
    return "".join("'0x%s':\n  friendly_name: %s\n" % ("00158d00" + C.rstr(rng, C.HEX, 8), n) for n in rng.sample(["tank_level_1", "steam_chest_door", "barn_temp", "kiln_room_motion", "strip_room_door"], 3))


# 17 ------------------------------------------------------------------------
def c_pgp(rng, kind):
    fp = C.rstr(rng, C.UHEX, 40)
    grouped = " ".join(fp[i:i + 4] for i in range(0, 40, 4))
    if kind == "keyserver_search_result":
        return ("pub   rsa4096/0x%s 2023-01-10 [SC] [expires: 2026-01-09]\n      Key fingerprint = %s\nuid                 [ unknown] Slath Digital release signing <releases@slath.example>\n" % (fp[-16:], grouped))
    return ("Release 2.3.1 of the Withy portal is signed. Verify with:\n\n  gpg --recv-keys %s\n  gpg --verify portal-2.3.1.tar.gz.asc\n\nExpected fingerprint: %s\n" % (fp, grouped))


# 18 ------------------------------------------------------------------------
def c_charts(rng, kind):
    if kind == "cane_size_chart_page":
        rows = ["Superfine  1.5-2.0 mm   holes 3/16\"", "Fine fine  2.0-2.25 mm  holes 1/4\"", "Fine       2.5 mm       holes 5/16\"", "Medium     2.75-3.0 mm  holes 3/8\"", "Common     3.5 mm       holes 1/2\""]
        k = rng.randint(3, 5)
        return ("Chair cane sizes (strand width) - %s\n%s\nHank = about %d m; binder one size wider than the weaving cane.\n"
                % (rng.choice(["Withy Supply price list", "Seatwright bench card", "course handout"]), "\n".join(rows[:k]), rng.choice([150, 250, 300, 500])))
    if kind == "dyed_rattan_swatch_table":
        names = ["Walnut", "Honey", "Ebony", "Sage", "Oxblood", "Natural"]
        return "swatch,hex,nearest RAL\n" + "".join("%s,#%s,RAL %d\n" % (n, C.rstr(rng, C.UHEX, 6), rng.choice([8011, 1011, 9005, 6021, 3005, 1015])) for n in rng.sample(names, 4))
    vars_ = ["Black Maul (S. triandra)", "Flanders Red (S. alba)", "Dicky Meadows (S. purpurea)", "Brown Merrin", "Packing Twine (S. triandra)", "Continental Purple"]
    return "Willow varieties in the beds this year\n" + "".join("- %s: %d bolts, rods %d-%d ft\n" % (v, rng.randint(4, 60), rng.randint(3, 4), rng.randint(5, 8)) for v in rng.sample(vars_, 4))


# 19 ------------------------------------------------------------------------
def c_costing(rng, kind):
    if kind == "break_even_worksheet":
        f, p, v = rng.randint(25, 70) * 12, rng.randint(40, 90), rng.randint(10, 25)
        return "Break-even for a one-day course\nFixed costs (barn hire, tutor, insurance): GBP %d\nPrice per place: GBP %d, materials per place: GBP %d\nBreak-even = %d / (%d - %d) = %d places (round up).\n" % (f, p, v, f, p, v, -(-f // (p - v)))
    if kind == "parcel_postage_table":
        a, b = rng.randint(5, 9), rng.randint(2, 4)
        return "Parcel postage we charge customers\nup to 1 kg: GBP %d\neach further 500 g or part: GBP %d\nExample: a 2.3 kg log basket = %d + 3 x %d = GBP %d\n" % (a, b, a, b, a + 3 * b)
    seat, back, rail, hoop = rng.randint(20, 50), rng.randint(10, 25), rng.randint(4, 9), rng.randint(3, 6)
    return ("Parts list for a child's chair (worked example)\nchair: 4 leg + 1 seat + 1 back\nseat: 2 rail + %d strand\nback: 1 hoop + %d strand\nrail: %d strand\nhoop: %d strand\n"
            "Strands for one chair = %d + 2 x %d + (%d + %d) = %d (legs take no strands)\n" % (seat, back, rail, hoop, seat, rail, hoop, back, seat + 2 * rail + hoop + back))


# 20 ------------------------------------------------------------------------
def _png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def c_png(rng, kind):
    uri = "data:image/png;base64," + C.b64s(_png(rng.randint(6, 24), rng.randint(6, 24), [rng.randrange(256) for _ in range(3)]))
    if kind == "product_page_swatch_img":
        return "<label class=\"swatch\">\n  <input type=\"radio\" name=\"finish\" value=\"%s\">\n  <img alt=\"%s finish\" src=\"%s\">\n</label>\n" % ((rng.choice(["honey", "walnut", "ebony"]),) * 2 + (uri,))
    return "<table><tr><td><img width=\"16\" height=\"16\" src=\"%s\"></td><td>Osier &amp; Rush Basketworks - willow grown on the Levels</td></tr></table>\n" % uri


CLASSES = [
    ("rattan_container_iso6346_and_imo_numbers", ["rattan_bill_of_lading_extract", "port_arrival_notice_mail", "container_tracking_export_csv"], c_containers,
     "ISO 6346 container numbers (real check digits) and IMO ship numbers (real check digits) on rattan imports"),
    ("supplier_iban_and_bic_details", ["remittance_advice_footer", "supplier_bank_change_form", "supplier_payment_batch_csv"], c_iban,
     "IBANs with real ISO 13616 mod-97 check digits and BICs of willow, rattan and cane suppliers"),
    ("parcel_upu_s10_tracking_numbers", ["despatch_note_tracking_list", "courier_manifest_csv"], c_s10,
     "UPU S10 tracking numbers with real check digits (weights 8 6 4 2 3 5 9 7, mod 11)"),
    ("go_sum_cargo_and_pip_checksums", ["go_sum_excerpt", "cargo_lock_excerpt", "pip_requirements_hashes"], c_lockfiles,
     "go.sum h1 hashes, Cargo.lock checksums and pip --hash pins (real SHA-256 digests of random bytes)"),
    ("bcrypt_sha512crypt_yescrypt_hashes", ["linux_shadow_excerpt", "tracker_users_table_dump", "course_htpasswd_file"], c_hashes,
     "bcrypt, SHA-512-crypt and yescrypt password hashes (random in frame), one set in a column called encrypted_password"),
    ("x25519_wireguard_and_ssh_public_keys", ["wireguard_peer_config_public_half", "ssh_authorized_keys_file"], None,
     "the real X25519 public keys of this corpus's WireGuard private keys and ssh-ed25519 public keys in their wire format"),
    ("storefront_publishable_and_site_keys", ["checkout_page_script_tags", "booking_widget_public_config_json"], c_publishable,
     "public by design: Stripe pk_live_ keys, reCAPTCHA site keys, Sentry DSNs, Algolia search-only keys and a Firebase web apiKey"),
    ("env_example_placeholders", ["dot_env_example", "compose_env_template", "helm_values_placeholders"], c_placeholders,
     "this corpus's own key names with empty, changeme, TODO, REPLACE_ME, ${VAR}, {{ vault_x }} and %(x)s values"),
    ("admin_console_last_four_previews", ["integrations_settings_masked", "card_reader_receipt_masked"], c_masked,
     "masked previews keeping at most four characters of the secret part, and masked card numbers"),
    ("secret_manager_reference_strings", ["onepassword_op_refs_env", "k8s_secretkeyref_manifest", "azure_keyvault_app_setting_refs"], c_refs,
     "pointers: op:// references, SSM parameter ARNs, secretKeyRef entries and Key Vault references"),
    ("fernet_rails_and_ansible_ciphertexts", ["fernet_tokens_in_db_dump", "rails_credentials_yml_enc", "ansible_vault_encrypted_file"], None,
     "ciphertexts whose key is elsewhere: real Fernet tokens (AES-128-CBC + HMAC-SHA256), a real Rails credentials.yml.enc (AES-128-GCM), an Ansible Vault blob (random in frame)"),
    ("api_reference_example_snippets", ["withy_api_quickstart_markdown", "sdk_config_reference_table"], c_docs,
     "documentation with <your-...> placeholders, X-filled and zero-filled shapes of this corpus's own layouts"),
    ("workshop_login_policy_prose", ["staff_handbook_it_section", "course_tutor_induction_notes"], c_policy,
     "handbook and induction prose about passwords and keys, with no value"),
    ("own_layout_lookalikes_failing_checks", ["stock_key_validator_fixtures", "licence_reject_log", "app_key_length_test_cases"], c_lookalikes,
     "this corpus's own wsk_ / WBL- / base64: layouts with a wrong Keccak case checksum, a wrong ISO 6346 digit or a wrong byte count"),
    ("stripe_and_shopify_object_ids", ["payments_export_csv", "webhook_delivery_log"], c_objects,
     "payment-intent, customer, charge and refund ids, Shopify order GIDs and UUIDv4 request ids"),
    ("lorawan_and_zigbee_device_identifiers", ["lorawan_end_device_register_csv", "zigbee2mqtt_devices_yaml"], c_devices,
     "LoRaWAN DevEUI / JoinEUI / DevAddr and Zigbee IEEE addresses of the tank sensors"),
    ("openpgp_fingerprints_and_key_ids", ["keyserver_search_result", "release_signing_notice"], c_pgp,
     "OpenPGP v4 fingerprints and long key ids of the release signing key"),
    ("cane_sizes_swatches_and_willow_varieties", ["cane_size_chart_page", "dyed_rattan_swatch_table", "willow_variety_list"], c_charts,
     "chair-cane size charts, dyed-rattan hex colours with RAL codes and willow variety lists"),
    ("genuine_workshop_costing_sheets", ["break_even_worksheet", "parcel_postage_table", "chair_parts_list"], c_costing,
     "genuine break-even, postage and parts-list worked examples (the look of three evasions, carrying nothing)"),
    ("inline_png_swatch_data_uris", ["product_page_swatch_img", "email_signature_logo_html"], c_png,
     "data: URIs of real PNG images (valid chunks and CRCs, made with zlib) on product pages and in e-mail signatures"),
]
PER_CLASS = 11
FERNET_SEED, RAILS_SEED = 26361, 26362


def wg_public_keys(everyday_records):
    pubs = []
    for r in everyday_records:
        if r["type"] == "workshop_wireguard_private_key":
            pubs.append(C.b64s(C.x25519_public(base64.b64decode(r["value"]))))
    return pubs


def build(reg_items, everyday_records, seed=26306):
    rng = random.Random(seed)
    fkey = C.rbytes(random.Random(FERNET_SEED), 32)
    rkey = C.rbytes(random.Random(RAILS_SEED), 16)
    pubs = wg_public_keys(everyday_records)
    long_items = [s for s in reg_items if len(s) >= 6]
    seen = set()
    out = []
    for cls, kinds, fn, _ in CLASSES:
        for r in range(PER_CLASS):
            kind = kinds[(r + r // 4) % len(kinds)]
            wrapper, wtext = WRAPPERS[r % 4]
            for _ in range(200):
                if cls == "x25519_wireguard_and_ssh_public_keys":
                    body = c_pubkeys(rng, kind, pubs)
                elif cls == "fernet_rails_and_ansible_ciphertexts":
                    body = c_ciphertexts(rng, kind, fkey, rkey)
                else:
                    body = fn(rng, kind)
                text = body if wtext is None else wtext.format(body=body.rstrip("\n"), who=rng.choice(W.PEOPLE))
                if text in seen or problems(text, long_items):
                    continue
                break
            else:
                raise RuntimeError("negative could not be drawn: " + cls)
            seen.add(text)
            out.append(dict(**{"class": cls}, container=kind + wrapper, text=text, source="negative"))
    return out, pubs, fkey, rkey


def problems(text, long_items):
    """Reasons a negative text is unusable (empty list when clean)."""
    bad = []
    for s in long_items:
        if s in text:
            bad.append("registered value")
            break
    if W.PW_ANYWHERE_RE.search(text):
        bad.append("password form")
    if C.JWS_RE.search(text) or C.JWE_RE.search(text):
        bad.append("jwt shape")
    for m in C.UUID_RE.findall(text):
        if not C.is_uuid4(m):
            bad.append("non-v4 uuid")
    return bad
