"""Hard negatives of p233: texts of the bakery world that contain no secret."""
import base64
import hashlib
import random

import common233 as C

SEED = 23306
WRAPPERS = ["in_bakery_staff_chat", "in_bakery_it_ticket", "in_supplier_email_thread", "in_bakers_forum_post"]
WRAP_TEXT = {
    "in_bakery_staff_chat": ("[05:48] Maja: copying this here so the early shift can see it\n", "\n[05:49] Tom: 👍 nothing secret in there, right?\n[05:49] Maja: right, it's all public / reference stuff\n"),
    "in_bakery_it_ticket": ("Ticket #%d — Bakehouse IT\nReporter: front of house\nDescription:\n", "\nResolution note: contents checked, nothing confidential; ticket closed.\n"),
    "in_supplier_email_thread": ("From: accounts@millhouse-flour.example\nTo: office@crumbandcrust.example\nSubject: RE: your query\n\nHi both,\n\n", "\n\nKind regards,\nAccounts team\n"),
    "in_bakers_forum_post": ("Re: [help] what is this value in our setup?\nPosted by crumbcoat_carla\n\n", "\n\n> It's fine to post this, it isn't a credential.\n"),
}

DOUGHS = ["SOURDOUGH", "RYE", "BAGUETTE", "BRIOCHE", "CIABATTA", "FOCACCIA", "BLOOMER", "CROISSANT", "CHALLAH", "BAGEL"]
ITEMS = ["White bloomer 800g", "Seeded sourdough 750g", "Rye 100% 1kg", "Butter croissant", "Pain au chocolat",
         "Cinnamon bun", "Focaccia slab", "Baguette tradition", "Brioche loaf", "Lemon drizzle slice"]


def hx(rng, n):
    return C.rstr(rng, C.HEXL, n)


def gtin13(rng, prefix="50"):
    body = prefix + C.rstr(rng, C.DIGITS, 12 - len(prefix))
    return body + C.gs1_check(body)


def varweight(rng):
    # GS1 UK variable-measure style: 2 + item(5) + price check digit omitted here + price(5) + check
    body = "2" + rng.choice("0123") + C.rstr(rng, C.DIGITS, 4) + "0" + "%05d" % rng.randint(90, 2500)
    body = body[:12]
    return body + C.gs1_check(body)


def iban_gb(rng):
    bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"])
    bban = bank + C.rstr(rng, C.DIGITS, 6) + C.rstr(rng, C.DIGITS, 8)
    return "GB" + C.iban_check("GB", bban) + bban


def spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---- base kinds ---------------------------------------------------------------
def batch_sheet(rng):
    lines = ["BATCH SHEET  %s  shift: night" % rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])]
    for _ in range(5):
        d = rng.choice(DOUGHS)
        lines.append("%s  batch B%05d  mixer M%d  lot FL%s  best before %02d/%02d/2025" % (
            d.ljust(10), rng.randint(0, 99999), rng.randint(1, 3), C.rstr(rng, C.UALNUM, 6), rng.randint(1, 28), rng.randint(1, 12)))
    return "\n".join(lines)


def bag_label(rng):
    return ("[OCR bread bag label]\n%s\nIngredients: wheat flour, water, salt, yeast\nBatch: %s%03d  Packed: %02d.%02d.25\n"
            "Best before: %02d.%02d.25\nEAN %s" % (rng.choice(ITEMS), rng.choice("ABCDEFGH"), rng.randint(0, 999), rng.randint(1, 28),
                                                 rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 12), gtin13(rng)))


def plu_export(rng):
    rows = ["plu,description,ean13,price"]
    for _ in range(5):
        rows.append("%d,%s,%s,%.2f" % (rng.randint(100, 999), rng.choice(ITEMS), gtin13(rng), rng.randint(80, 650) / 100))
    return "\n".join(rows)


def scale_log(rng):
    rows = ["# scale 2 label log (variable-weight barcodes, GS1 check digit last)"]
    for _ in range(5):
        rows.append("%02d:%02d  %-22s  %4d g  barcode %s" % (rng.randint(6, 11), rng.randint(0, 59), rng.choice(ITEMS), rng.randint(300, 1500), varweight(rng)))
    return "\n".join(rows)


ALLERGENS = ["gluten", "egg", "milk", "nuts", "sesame", "soya", "sulphites", "lupin", "mustard"]
ENUMS = ["E300", "E330", "E471", "E472e", "E481", "E202", "E282", "E160a", "E170", "E500"]


def allergen_matrix(rng):
    rows = ["product | " + " | ".join(ALLERGENS[:6])]
    for _ in range(4):
        rows.append(rng.choice(ITEMS) + " | " + " | ".join(rng.choice(["Y", "-", "may"]) for _ in range(6)))
    return "\n".join(rows)


def spec_sheet(rng):
    return ("Ingredient specification %s-%04d rev %d\nProduct: bread improver\nAdditives: %s\nSupplier code: SUP-%05d\n"
            "Spec hash (SHA-256 of PDF): %s" % (rng.choice(["ING", "IMP"]), rng.randint(0, 9999), rng.randint(1, 9),
                                                ", ".join(rng.sample(ENUMS, 4)), rng.randint(0, 99999), hashlib.sha256(C.rbytes(rng, 40)).hexdigest()))


def probe_csv(rng):
    rows = ["timestamp,probe_id,location,temp_c"]
    for k in range(6):
        rows.append("2025-03-14T%02d:%02d:00Z,%s,%s,%.1f" % (k + 2, rng.randint(0, 59), "PRB-" + hx(rng, 8).upper(),
                                                           rng.choice(["retarder", "walk-in", "freezer"]), rng.uniform(-19, 5)))
    return "\n".join(rows)


def oven_core_log(rng):
    rows = ["HACCP CCP2 core temperature log (target ≥ 75 °C)"]
    for _ in range(5):
        rows.append("deck %d  %s  core %d °C  probe S/N %s  signed %s" % (rng.randint(1, 4), rng.choice(DOUGHS).lower(), rng.randint(88, 98),
                                                                          C.rstr(rng, C.UALNUM, 10), rng.choice(["MK", "TP", "LH", "RS"])))
    return "\n".join(rows)


def formula_card(rng):
    return ("%s formula (baker's %%)\nflour 100%%\nwater %d%%\nlevain %d%%\nsalt 2%%\nDDT 24 °C, bulk %d h, proof %d h at 4 °C" % (
        rng.choice(DOUGHS).title(), rng.randint(62, 82), rng.randint(10, 25), rng.randint(3, 5), rng.randint(12, 18)))


def scaling_sheet(rng):
    n = rng.randint(40, 160)
    return ("Scaling for %d × %d g\nflour %.2f kg | water %.2f kg | salt %d g | yeast %d g\nmix code MX-%s" % (
        n, rng.choice([450, 800, 900]), n * 0.5, n * 0.35, n * 10, n * 4, C.rstr(rng, C.UALNUM, 5)))


def cake_order_json(rng):
    return ('{\n  "order_id": "%s",\n  "customer_id": "%s",\n  "order_no": "CK-%06d",\n  "cake": "3-tier lemon & elderflower",\n'
            '  "pickup": "2025-06-%02dT10:30:00+01:00",\n  "deposit_paid": true\n}' % (C.uuid4(rng), C.uuid4(rng), rng.randint(0, 999999), rng.randint(1, 30)))


def pickup_email(rng):
    return ("Your cake is ready for collection!\nOrder CK-%06d · Pickup code (show at the counter): %d\nLocker %d · Reference %s\n"
            "Track: https://orders.sugarloaf-patisserie.example/o/%s" % (rng.randint(0, 999999), rng.randint(1000, 9999), rng.randint(1, 24),
                                                                        C.rstr(rng, C.UALNUM, 8), C.uuid4(rng)))


def checkout_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '</script>\n<div class="g-recaptcha" data-sitekey="6L%s"></div>\n<div class="h-captcha" data-sitekey="%s"></div>' % (
                C.rstr(rng, C.ALNUM, 97), C.rstr(rng, C.B64U, 38), C.uuid4(rng)))


def public_app_config(rng):
    return ('{\n  "firebase": {\n    "apiKey": "AIza%s",\n    "authDomain": "crumb-and-crust.firebaseapp.com",\n    "projectId": "crumb-and-crust",\n'
            '    "appId": "1:%d:web:%s"\n  },\n  "squareApplicationId": "sq0idp-%s",\n  "mapboxPublicToken": "pk.%s.%s",\n'
            '  "algoliaSearchOnlyKey": "%s"\n}' % (C.rstr(rng, C.B64U, 35), rng.randint(10 ** 11, 10 ** 12 - 1), hx(rng, 16), C.rstr(rng, C.B64U, 22),
                                                   C.b64u_nopad(('{"u":"crumbandcrust","a":"%s"}' % C.rstr(rng, C.LALNUM, 25)).encode()),
                                                   C.rstr(rng, C.B64U, 22), hx(rng, 32)))


def integration_guide(rng):
    return ("## Connecting the till to the cake portal\n\n1. Copy `.env.sample` to `.env`.\n2. Set `STRIPE_SECRET_KEY=sk_live_REPLACE_ME` "
            "(ask the owner; never commit it).\n3. Example from the AWS docs: `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.\n"
            "4. Slack: `xoxb-your-bot-token-here`.\n(guide v%d.%d)" % (rng.randint(1, 4), rng.randint(0, 9)))


def sdk_quickstart(rng):
    return ("```python\nclient = BakeryClient(api_key=\"<YOUR_API_KEY>\")\n# or: export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"
            "order = client.orders.get(\"%s\")\n```" % C.uuid4(rng))


def env_sample(rng):
    return ("# .env.sample — copy to .env and fill in\nPLANNER_DB_PASSWORD=\nCAKE_PORTAL_ADMIN_PASSWORD=changeme\nORDER_WEBHOOK_KEY=<from the owner>\n"
            "SECRET_KEY_BASE=\nAPP_KEY=\nRECIPE_VAULT_FERNET_KEY=your-fernet-key-here\nDELIVERY_API_TOKEN=\nPORT=%d" % rng.choice([3000, 8080, 8040]))


def compose_override(rng):
    return ("services:\n  erp:\n    environment:\n      TILL_MANAGER_PASSWORD: ${TILL_MANAGER_PASSWORD:?set me}\n"
            "      KITCHEN_DISPLAY_JWT: ${KITCHEN_DISPLAY_JWT:-}\n      OVEN_HMI_PASSWORD: \"\"  # fill in locally\n      LOG_LEVEL: %s" % rng.choice(["info", "debug", "warn"]))


def pos_masked(rng):
    return ("[OCR till back-office › Integrations]\nPayment provider: connected\nSecret key: sk_live_••••••••••••%s\nWebhook secret: ••••••••••••••••\n"
            "Manager password: ******** (last changed %d days ago)" % (C.rstr(rng, C.ALNUM, 4), rng.randint(2, 90)))


def ci_masked(rng):
    return ("Run ./deploy.sh\n  env:\n    CAKE_PORTAL_LARAVEL_APP_KEY: ***\n    STRIPE_LIVE_SECRET_KEY: ***\n"
            "Deploying build %d ... DATABASE_URL=postgres://orders:[FILTERED]@db.crumbandcrust.example/orders\ntoken=[REDACTED] ok" % rng.randint(100, 9999))


def k8s_refs(rng):
    return ("env:\n  - name: OVEN_HMI_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: oven-hmi\n        key: login\n"
            "  - name: ORDER_WEBHOOK_KEY\n    value: \"op://Bakery/Order webhook/credential\"\n  - name: RAILS_MASTER_KEY\n"
            "    value: \"arn:aws:secretsmanager:eu-west-2:%d:secret:erp/master-%s\"" % (rng.randint(10 ** 11, 10 ** 12 - 1), C.rstr(rng, C.ALNUM, 6)))


def ci_secret_refs(rng):
    return ("env:\n  STRIPE_LIVE_SECRET_KEY: ${{ secrets.STRIPE_LIVE_SECRET_KEY }}\n  TILL_MANAGER_PASSWORD: ${{ secrets.TILL_MANAGER_PASSWORD }}\n"
            "  RECIPE_VAULT_FERNET_KEY: vault:secret/data/bakery/recipes#fernet\n  JOB_ID: %d" % rng.randint(1000, 99999))


BCRYPT_AL = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def staff_dump(rng):
    rows = ["id | username | password_hash | role"]
    for k in range(4):
        rows.append("%d | %s | $2b$12$%s | %s" % (k + 1, rng.choice(["maja", "tom", "priya", "leo", "hannah", "sam"]) + str(k),
                                                   C.rstr(rng, BCRYPT_AL, 53), rng.choice(["baker", "manager", "front"])))
    return "\n".join(rows)


def shadow_excerpt(rng):
    rows = []
    for u in ["nightbake", "orders", "backup"]:
        rows.append("%s:$6$%s$%s:19%03d:0:99999:7:::" % (u, C.rstr(rng, BCRYPT_AL[2:], 16), C.rstr(rng, BCRYPT_AL, 86), rng.randint(0, 999)))
    return "\n".join(rows)


def pgp_message(rng):
    body = base64.b64encode(C.rbytes(rng, 180)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + base64.b64encode(C.rbytes(rng, 3)).decode() + "\n-----END PGP MESSAGE-----"


def kms_blob(rng):
    return ("# encrypted with aws kms encrypt --key-id alias/bakery-erp\nERP_DB_PASSWORD_ENCRYPTED=AQICAHh%s" %
            base64.b64encode(C.rbytes(rng, 150)).decode())


def ed25519_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + C.rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def authorized_keys(rng):
    return "\n".join(ed25519_pub(rng) + " " + u + "@bakehouse" for u in ["maja", "tom", "deploy"])


def keyscan(rng):
    return ("$ ssh-keyscan -t ed25519 files.oakridge-bakehouse.example\nfiles.oakridge-bakehouse.example " + ed25519_pub(rng) +
            "\n$ ssh-keygen -lf known_hosts\n256 SHA256:" + base64.b64encode(C.rbytes(rng, 32)).decode().rstrip("=") + " files (ED25519)")


def package_lock(rng):
    return ('"node_modules/date-fns": {\n  "version": "3.%d.0",\n  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.%d.0.tgz",\n'
            '  "integrity": "sha512-%s"\n}' % (rng.randint(0, 6), rng.randint(0, 6), base64.b64encode(hashlib.sha512(C.rbytes(rng, 64)).digest()).decode()))


def req_hashes(rng):
    return ("django==5.1.%d \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (rng.randint(0, 9), hashlib.sha256(C.rbytes(rng, 32)).hexdigest(),
                                                                                 hashlib.sha256(C.rbytes(rng, 32)).hexdigest()))


def card_receipt(rng):
    return ("[OCR card receipt]\nCRUMB & CRUST BAKERY\nTID: %08d  MID: %015d\nVISA CONTACTLESS  **** **** **** %04d\nAID: A0000000031010\n"
            "AUTH CODE: %06d  RRN: %012d\nTOTAL £%d.%02d" % (rng.randint(0, 10 ** 8 - 1), rng.randint(0, 10 ** 15 - 1), rng.randint(0, 9999),
                                                             rng.randint(0, 999999), rng.randint(0, 10 ** 12 - 1), rng.randint(2, 40), rng.randint(0, 99)))


def settlement_csv(rng):
    rows = ["date,terminal_id,batch,card_last4,amount,auth_code"]
    for _ in range(5):
        rows.append("2025-03-%02d,%08d,%03d,%04d,%.2f,%06d" % (rng.randint(1, 28), rng.randint(0, 10 ** 8 - 1), rng.randint(1, 999),
                                                          rng.randint(0, 9999), rng.randint(150, 4000) / 100, rng.randint(0, 999999)))
    return "\n".join(rows)


def handbook(rng):
    return ("IT rules for the bakehouse (page %d)\nUse a long passphrase for the till and never write it on the proofer door. "
            "Passwords are changed when someone leaves; the manager keeps them in the password manager, not on sticky notes. "
            "If a supplier asks for a login by e-mail, forward it to the office first." % rng.randint(3, 9))


def starter_checklist(rng):
    return ("New starter checklist — %s\n[ ] Read the allergen training\n[ ] Get your own till login from the manager (do not share logins)\n"
            "[ ] Set up two-factor authentication on the rota app\n[ ] Password rules: 14+ characters, no bakery words on their own" % rng.choice(["Sam", "Alex", "Jo", "Kit"]))


def asset_register(rng):
    rows = ["asset,model,serial,mac,firmware"]
    for m in ["deck oven", "spiral mixer", "proofer", "sheeter", "blast chiller"]:
        mac = ":".join(hx(rng, 2) for _ in range(6))
        rows.append("%s,%s-%d,%s,%s,%d.%d.%d" % (m, C.rstr(rng, C.UPPER, 3), rng.randint(100, 999), C.rstr(rng, C.UALNUM, 12), mac,
                                                rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)))
    return "\n".join(rows)


def engineer_report(rng):
    return ("Service visit report SV-%06d\nUnit: rack oven, serial %s, controller board rev %s\nFault code E%02d cleared; firmware %d.%d updated.\n"
            "Next service due %02d/2025. Engineer ID %d" % (rng.randint(0, 999999), C.rstr(rng, C.UALNUM, 14), C.rstr(rng, C.UALNUM, 4),
                                                            rng.randint(1, 99), rng.randint(1, 9), rng.randint(0, 30), rng.randint(1, 12), rng.randint(1000, 9999)))


def invoice_footer(rng):
    return ("Millhouse Flour Ltd · VAT GB%09d · Company no. %08d\nPlease pay to: IBAN %s · BIC %s · Sort code %02d-%02d-%02d · Account %08d\n"
            "Invoice INV-%06d due in 30 days" % (rng.randint(0, 10 ** 9 - 1), rng.randint(0, 10 ** 8 - 1), spaced(iban_gb(rng)),
                                                  rng.choice(["NWBKGB2L", "BARCGB22", "LOYDGB21"]), rng.randint(10, 99), rng.randint(10, 99),
                                                  rng.randint(10, 99), rng.randint(0, 10 ** 8 - 1), rng.randint(0, 999999)))


def remittance(rng):
    return ("BACS remittance advice\nPayer: Crumb & Crust Bakery Ltd\nPayee IBAN: %s\nAmount: £%d.%02d\nReference: CCB-%s\nPayment date: 2025-03-%02d" % (
        iban_gb(rng), rng.randint(100, 9000), rng.randint(0, 99), C.rstr(rng, C.UALNUM, 8), rng.randint(1, 28)))


def git_log(rng):
    msgs = ["fix tier pricing rounding", "add rye to allergen matrix", "bump rails to 7.2", "kds: larger font", "deliveries: sort by postcode"]
    return "$ git log --oneline -5\n" + "\n".join(hx(rng, 7) + " " + m for m in rng.sample(msgs, 5))


def ci_build(rng):
    return ("Build #%d succeeded\ncommit %s\nimage registry.crumbandcrust.example/erp@sha256:%s\nduration 4m%02ds" % (
        rng.randint(100, 9999), hx(rng, 40), hashlib.sha256(C.rbytes(rng, 32)).hexdigest(), rng.randint(0, 59)))


CLASSES = [
    ("bread_batch_and_best_before_codes", "batch numbers, mixer and flour-lot codes, best-before dates, EAN-13 with real GS1 check digit",
     [("bakehouse_batch_sheet", batch_sheet), ("bread_bag_label_ocr", bag_label)]),
    ("ean13_and_variable_weight_barcodes", "EAN-13 and variable-weight scale barcodes with real GS1 check digits",
     [("shop_plu_export_csv", plu_export), ("scale_label_barcode_log", scale_log)]),
    ("allergen_and_e_number_matrices", "allergen matrices, E numbers, supplier codes, a spec-sheet SHA-256",
     [("allergen_matrix_table", allergen_matrix), ("ingredient_spec_sheet", spec_sheet)]),
    ("haccp_probe_temperature_logs", "cold-room and core-temperature logs with hex probe ids and sensor serials",
     [("cold_room_probe_csv", probe_csv), ("oven_core_temp_log", oven_core_log)]),
    ("bakers_percentage_formulas", "dough formulas in baker's percentages and scaling sheets",
     [("dough_formula_card", formula_card), ("production_scaling_sheet", scaling_sheet)]),
    ("cake_order_and_pickup_refs", "UUIDv4 order and customer ids, order numbers, 4-digit counter pickup codes, locker numbers",
     [("cake_order_json", cake_order_json), ("pickup_confirmation_email", pickup_email)]),
    ("storefront_public_client_keys", "public-by-design keys: Stripe pk_live_51, reCAPTCHA and hCaptcha site keys, Firebase web apiKey (AIza), Square application id, Mapbox pk., Algolia search-only key",
     [("shop_checkout_html", checkout_html), ("mobile_app_public_config_json", public_app_config)]),
    ("api_docs_placeholder_tokens", "documentation placeholders: sk_live_REPLACE_ME, the AWS documentation example pair, <YOUR_API_KEY>, ghp_XXXX…",
     [("integration_guide_markdown", integration_guide), ("sdk_quickstart_snippet", sdk_quickstart)]),
    ("dotenv_sample_blank_values", ".env.sample and compose templates with this corpus's key names and empty / changeme / <…> / ${VAR} values",
     [("env_sample_file", env_sample), ("compose_override_template", compose_override)]),
    ("redacted_credential_displays", "bullets, stars, [FILTERED], [REDACTED], last-four displays",
     [("pos_settings_screenshot_ocr", pos_masked), ("ci_log_masked_output", ci_masked)]),
    ("secret_reference_pointers", "secretKeyRef, op://, Secrets Manager ARN, ${{ secrets.X }}, vault: paths",
     [("k8s_deployment_secretkeyref", k8s_refs), ("ci_secrets_context_yaml", ci_secret_refs)]),
    ("bcrypt_and_sha512crypt_hashes", "bcrypt $2b$ and sha512-crypt $6$ hashes (random in the right frame; the column says password)",
     [("staff_table_dump", staff_dump), ("shadow_file_excerpt", shadow_excerpt)]),
    ("pgp_message_and_kms_ciphertext", "PGP MESSAGE armour and AWS KMS ciphertext blobs (random bytes)",
     [("pgp_armored_message", pgp_message), ("kms_encrypted_env_blob", kms_blob)]),
    ("ssh_public_keys_and_fingerprints", "ssh-ed25519 public keys (real wire frame, random key) and SHA256 fingerprints",
     [("authorized_keys_file", authorized_keys), ("ssh_keyscan_output", keyscan)]),
    ("lockfile_integrity_hashes", "npm sha512 integrity values and pip --hash=sha256 lines (real digests of random bytes)",
     [("package_lock_json_excerpt", package_lock), ("requirements_hashes_txt", req_hashes)]),
    ("card_terminal_receipt_refs", "masked PANs, TID / MID, AID, auth codes, RRNs",
     [("card_receipt_ocr", card_receipt), ("settlement_report_csv", settlement_csv)]),
    ("bakehouse_it_rules_prose", "handbook and checklist prose about passwords with no password in it",
     [("bakehouse_handbook_it_page", handbook), ("new_starter_checklist", starter_checklist)]),
    ("oven_and_mixer_equipment_serials", "equipment serials, MAC addresses, firmware versions, service report numbers",
     [("equipment_asset_register", asset_register), ("service_engineer_report", engineer_report)]),
    ("supplier_iban_remittance_lines", "supplier IBANs with real ISO 7064 mod-97 check digits, BICs, sort codes, VAT numbers",
     [("supplier_invoice_footer", invoice_footer), ("bacs_remittance_advice", remittance)]),
    ("git_commit_and_build_ids", "commit ids, build numbers, image digests (real SHA-256 of random bytes)",
     [("git_log_oneline_output", git_log), ("ci_build_summary", ci_build)]),
]
SPARE_CLASSES = ["flour_mill_certificate_numbers", "food_hygiene_rating_ids"]


def acceptable(text, reg_strings):
    if C.PW_FORM_ANY.search(text):
        return False
    for u in C.UUID_SHAPED.findall(text):
        if not C.uuid_is_v4(u):
            return False
    if C.JWT_SHAPED.search(text):
        return False
    for s in reg_strings:
        if len(s) >= 6 and s in text:
            return False
    return True


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    reg_strings = list(reg.items)
    for cls, _desc, kinds in CLASSES:
        for kind, fn in kinds:
            for wrap in [None] + WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    if wrap:
                        pre, post = WRAP_TEXT[wrap]
                        if "%d" in pre:
                            pre = pre % rng.randint(1000, 9999)
                        text = pre + body + post
                    else:
                        text = body + "\n"
                    if text not in seen and acceptable(text, reg_strings):
                        break
                else:
                    raise RuntimeError("negative could not be drawn: " + kind)
                seen.add(text)
                recs.append({"class": cls, "container": kind + ("__" + wrap if wrap else ""), "text": text, "source": "negative"})
    return recs
