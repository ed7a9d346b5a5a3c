"""Hard negatives of the chocolatier's world: texts with no secret that look like they might hold one."""
import base64
import hashlib
import json
import random

from common245 import ALNUM, B64URL, DIGITS, HEX, UALNUM, UPPER, gs1_digit, iban_check, rs, s10_digit, uuid4

SEED = 24506

WRAPPERS = [
    ("", None),
    ("__in_atelier_whatsapp_thread", "[10:04] Margaux: pasting this for the record, nothing secret in it\n{t}[10:05] Jules: thanks 👍\n"),
    ("__in_shop_helpdesk_ticket", "Ticket #{n} – for reference only (no credentials in here)\n---\n{t}---\nStatus: resolved\n"),
    ("__in_couverture_supplier_email", "Hi Sophie,\n\nplease find the details below as requested.\n\n{t}\nKind regards,\nCustomer service\n"),
    ("__in_chocolatier_forum_post", "Re: anyone else seeing this? (posting publicly, it's all public info)\n\n{t}\n-- posted by bonbon_bart\n"),
]


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def gtin13(rng, prefix="54"):
    body = prefix + rs(rng, DIGITS, 12 - len(prefix))
    return body + gs1_digit(body)


# ---------- base kinds ----------
def k_tempering_batch_log_csv(rng):
    rows = ["batch,product,couverture_lot,temper_curve,operator,date"]
    for _ in range(4):
        rows.append("B%s-%03d,%s,CB-%s-%s,TC%02d,%s,2025-03-%02d" % (
            rs(rng, DIGITS, 2), rng.randint(1, 400), rng.choice(["dark70", "milk38", "white31", "ruby47"]),
            rs(rng, UALNUM, 4), rs(rng, DIGITS, 5), rng.randint(1, 12), rng.choice(["AM", "JV", "LD", "KS"]), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_conche_run_sheet(rng):
    return ("Conche run sheet – Conche 3\nRun no.: CR-%s\nMass lot: ML%s/%s\nStart: %02d:%02d  Dry conche 4 h @ 80 °C, liquid 10 h\nRecipe id: RCP-%s-%s\nQA sample: QS%s\n" % (
        rs(rng, DIGITS, 6), rs(rng, DIGITS, 4), rs(rng, UPPER, 2), rng.randint(5, 9), rng.randint(0, 59),
        rs(rng, UPPER, 3), rs(rng, DIGITS, 4), rs(rng, DIGITS, 7)))


def k_gift_box_label_print_log(rng):
    lines = ["[label-printer] job %s started" % rs(rng, DIGITS, 5)]
    for _ in range(4):
        lines.append("print sku=PRL-%s gtin=%s qty=%d best_before=2025-%02d-%02d" % (
            rs(rng, UALNUM, 4), gtin13(rng), rng.randint(12, 240), rng.randint(5, 12), rng.randint(1, 28)))
    return "\n".join(lines) + "\n"


def k_pallet_itf14_dispatch_note(rng):
    body = "1" + rs(rng, DIGITS, 12)
    itf = body + gs1_digit(body)
    sscc_body = "0" + "5412345" + rs(rng, DIGITS, 9)
    sscc = sscc_body + gs1_digit(sscc_body)
    return ("DISPATCH NOTE DN-%s\nCarton ITF-14: %s\nPallet SSCC: (00) %s\nCartons: %d  Gross weight: %d kg\n" % (
        rs(rng, DIGITS, 6), itf, sscc, rng.randint(20, 80), rng.randint(150, 600)))


def k_machine_service_visit_report(rng):
    return ("Service visit report SR-%s\nMachine: tempering unit, serial %s-%s\nFirmware: v%d.%d.%d (build %s)\nPLC module S/N: %s\nNext visit: week %d\n" % (
        rs(rng, DIGITS, 5), rng.choice(["SEL", "FBM", "TMP", "LOY"]), rs(rng, DIGITS, 7), rng.randint(2, 5), rng.randint(0, 9),
        rng.randint(0, 30), rs(rng, HEX, 7), rs(rng, UALNUM, 12), rng.randint(1, 52)))


def k_equipment_asset_register_csv(rng):
    rows = ["asset_tag,description,serial,mac,purchased"]
    for _ in range(3):
        mac = ":".join(rs(rng, "0123456789ABCDEF", 2) for _ in range(6))
        rows.append("AT-%s,%s,%s,%s,20%02d-%02d" % (rs(rng, DIGITS, 5), rng.choice(["enrober 400mm", "melter 24l", "cooling tunnel", "blast chiller"]),
                                                   rs(rng, UALNUM, 10), mac, rng.randint(15, 25), rng.randint(1, 12)))
    return "\n".join(rows) + "\n"


def k_bean_contract_summary(rng):
    return ("Bean contract BC-%s\nOrigin: %s, cooperative ref COOP-%s\nICO mark: %s/%s/%s\nBags: %d x 62.5 kg  Container: %s%s\nEUDR due-diligence statement ref: %s\n" % (
        rs(rng, DIGITS, 5), rng.choice(["Ecuador (Nacional)", "Ghana", "Peru (Piura)", "Madagascar (Sambirano)"]), rs(rng, DIGITS, 4),
        rng.randint(1, 99), rng.randint(100, 999), rng.randint(1, 9999), rng.randint(20, 320), rs(rng, UPPER, 4), rs(rng, DIGITS, 7),
        "25" + rs(rng, UPPER, 2) + rs(rng, UALNUM, 10)))


def k_certification_scope_letter(rng):
    return ("Certificate holder: Cacao Atelier BV\nCertificate no.: RA-CERT-%s\nLicense code: %s\nScope: chocolate manufacturing, cocoa butter, nibs\nValid until: 2026-%02d-%02d\nFairtrade ID (FLO ID): %s\n" % (
        rs(rng, DIGITS, 7), rs(rng, UALNUM, 8), rng.randint(1, 12), rng.randint(1, 28), rs(rng, DIGITS, 5)))


def k_mould_supplier_catalogue_excerpt(rng):
    out = ["Polycarbonate moulds – excerpt"]
    for _ in range(4):
        out.append("%s-%s  %s  %d cavities  %.1f g" % (rng.choice(["MA", "CW", "PC", "TM"]), rs(rng, DIGITS, 4),
                                                     rng.choice(["half sphere 30 mm", "square praline", "bar 100 g", "egg 13 cm"]),
                                                     rng.randint(8, 40), rng.randint(50, 300) / 10))
    return "\n".join(out) + "\n"


def k_transfer_sheet_order_lines(rng):
    out = ["Order TS%s – transfer sheets" % rs(rng, DIGITS, 6)]
    for _ in range(3):
        out.append("line %d: design %s-%s, colour %s, qty %d sheets, art file ART%s.pdf" % (
            rng.randint(1, 9), rs(rng, UPPER, 3), rs(rng, DIGITS, 4), rng.choice(["gold", "bronze", "white", "red"]),
            rng.randint(25, 500), rs(rng, DIGITS, 6)))
    return "\n".join(out) + "\n"


def k_shop_card_receipt_copy(rng):
    pan = "**** **** **** " + rs(rng, DIGITS, 4)
    return ("MAISON PRALINE – CUSTOMER COPY\nTID: %s  MID: %s\nAID: A0000000%s\n%s  CONTACTLESS\nAUTH CODE: %s  RRN: %s\nAMOUNT EUR %d.%02d\n" % (
        rs(rng, DIGITS, 8), rs(rng, DIGITS, 15), rng.choice(["031010", "041010", "25010801"]), pan, rs(rng, UALNUM, 6),
        rs(rng, DIGITS, 12), rng.randint(3, 90), rng.randint(0, 99)))


def k_end_of_day_terminal_report(rng):
    return ("END OF DAY  batch %s\nTerminal %s  Shift %d\nVISA      %d txns  EUR %d.%02d\nMASTERCARD %d txns  EUR %d.%02d\nBatch checksum: %s\n" % (
        rs(rng, DIGITS, 6), rs(rng, DIGITS, 8), rng.randint(1, 3), rng.randint(5, 80), rng.randint(100, 3000), rng.randint(0, 99),
        rng.randint(5, 80), rng.randint(100, 3000), rng.randint(0, 99), rs(rng, "0123456789ABCDEF", 8)))


def k_shop_theme_head_snippet(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  const search = algoliasearch('%s', '%s'); // search-only key\n</script>\n"
            "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n") % (
        rs(rng, ALNUM, 97), rs(rng, UALNUM, 10), rs(rng, HEX, 32), rs(rng, B64URL.replace("-", ""), 38))


def k_mobile_app_public_config_json(rng):
    d = {"shopifyStorefrontAccessToken": rs(rng, HEX, 32), "shopDomain": "maison-praline.myshopify.com",
         "mapsBrowserKey": "AIza" + rs(rng, B64URL, 35),
         "sentryDsn": "https://%s@o%s.ingest.de.sentry.io/%s" % (rs(rng, HEX, 32), rs(rng, DIGITS, 6), rs(rng, DIGITS, 7)),
         "klaviyoCompanyId": rs(rng, ALNUM, 6), "paypalClientId": "A" + rs(rng, B64URL, 79)}
    return json.dumps(d, indent=2) + "\n"


def k_integration_quickstart_readme(rng):
    return ("## Quickstart\n\n1. Copy your key from the dashboard.\n2. Export it:\n\n```sh\nexport SHOP_API_KEY=<your-api-key>\nexport STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nexport TEMPER_CLOUD_TOKEN=tqc-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx\n```\n\n"
            "Never commit real values. Example request id: %s\n") % uuid4(rng)


def k_env_example_committed_file(rng):
    return ("# .env.example – copy to .env and fill in\nAPP_KEY=\nCOSTING_DB_PASSWORD=changeme\nWEBSHOP_ADMIN_PASSWORD=${WEBSHOP_ADMIN_PASSWORD:?set me}\n"
            "STOCK_SYNC_KEY=<from-vault>\nSECRET_KEY_BASE=replace-me\nFERNET_KEY=%s\n") % rng.choice(["", "''", "\"\"", "TODO"])


def k_vendor_dashboard_key_list_ocr(rng):
    return ("API keys\nName            Key                     Created\nwebshop-prod    sk_live_••••••••%s       2025-0%d-1%d\n"
            "kiosk           ••••••••••••%s           2025-0%d-0%d\nRevealed keys are shown only once.\n") % (
        rs(rng, ALNUM, 4), rng.randint(1, 9), rng.randint(0, 9), rs(rng, ALNUM, 4), rng.randint(1, 9), rng.randint(1, 9))


def k_deploy_log_masked_output(rng):
    return ("#12 [deploy 3/5] RUN ./release.sh\n#12 0.41 using STRIPE_SECRET_KEY=***\n#12 0.42 using COSTING_DB_PASSWORD=[MASKED]\n"
            "#12 1.03 pushed image sha256:%s\n#12 DONE %d.%ds\n") % (hashlib.sha256(rbytes(rng, 24)).hexdigest(), rng.randint(1, 9), rng.randint(0, 9))


def k_compose_file_secret_refs(rng):
    return ("services:\n  shop:\n    environment:\n      DB_PASSWORD_FILE: /run/secrets/costing_db\n      APP_KEY: ${APP_KEY}\n    secrets:\n      - costing_db\nsecrets:\n  costing_db:\n    external: true\n"
            "# CI: ${{ secrets.SHOP_DEPLOY_TOKEN }}  run %s\n") % rs(rng, DIGITS, 10)


def k_app_config_vault_references(rng):
    return ("db_password: vault:secret/data/atelier/costing#password\nstripe_key: op://Atelier/Stripe live/credential\n"
            "fernet: arn:aws:secretsmanager:eu-west-3:%s:secret:bonbon/fernet-%s\n"
            "laravel_app_key: https://kv-atelier.vault.azure.net/secrets/app-key/%s\nha: !secret tempering_hmi\n") % (
        rs(rng, DIGITS, 12), rs(rng, ALNUM, 6), rs(rng, HEX, 32))


BCRYPT_ALPH = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def k_staff_table_sql_dump(rng):
    rows = []
    for i in range(3):
        rows.append("(%d,'%s','$2b$12$%s%s','staff')" % (i + 1, rng.choice(["amelie", "jules", "noor", "pia", "tess"]) + str(i),
                                                     rs(rng, BCRYPT_ALPH, 22), rs(rng, BCRYPT_ALPH, 31)))
    return "INSERT INTO `staff` (`id`,`login`,`password`,`role`) VALUES\n" + ",\n".join(rows) + ";\n"


def k_shadow_file_excerpt(rng):
    return ("root:*:19800:0:99999:7:::\natelier:$y$j9T$%s$%s:19876:0:99999:7:::\nbackup:$6$%s$%s:19877:0:99999:7:::\n") % (
        rs(rng, BCRYPT_ALPH, 22), rs(rng, BCRYPT_ALPH, 43), rs(rng, BCRYPT_ALPH, 16), rs(rng, BCRYPT_ALPH, 86))


def k_ansible_vault_encrypted_vars(rng):
    h = rbytes(rng, 96).hex()
    lines = [h[i:i + 80] for i in range(0, len(h), 80)]
    return "costing_db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "".join("          " + l + "\n" for l in lines)


def k_kms_encrypted_env_dump(rng):
    blob = base64.b64encode(b"\x01\x02\x02\x00x" + rbytes(rng, 150)).decode()
    return "# values encrypted with KMS key alias/atelier, decrypt at runtime\nSTOCK_SYNC_KEY_ENC=%s\n" % blob


def ssh_ed25519(rng):
    kt = b"ssh-ed25519"
    blob = len(kt).to_bytes(4, "big") + kt + (32).to_bytes(4, "big") + rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def k_authorized_keys_listing(rng):
    return "%s amelie@atelier-laptop\n%s deploy@ci\n" % (ssh_ed25519(rng), ssh_ed25519(rng))


def k_tls_certificate_inspection(rng):
    fp = hashlib.sha256(rbytes(rng, 40)).hexdigest().upper()
    return ("Subject: CN=shop.maison-praline.example\nIssuer: C=US, O=Let's Encrypt, CN=R11\nSerial Number: %s\n"
            "SHA256 Fingerprint=%s\n") % (":".join(rs(rng, "0123456789ABCDEF", 2) for _ in range(18)),
                                         ":".join(fp[i:i + 2] for i in range(0, 64, 2)))


def k_package_lock_integrity_excerpt(rng):
    sri = base64.b64encode(hashlib.sha512(rbytes(rng, 40)).digest()).decode()
    return ("\"node_modules/praline-ui\": {\n  \"version\": \"2.%d.%d\",\n  \"resolved\": \"https://registry.npmjs.org/praline-ui/-/praline-ui-2.%d.%d.tgz\",\n  \"integrity\": \"sha512-%s\"\n}\n") % (
        rng.randint(0, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(0, 20), sri)


def k_release_changelog_commits(rng):
    out = ["## v2025.%d" % rng.randint(1, 12)]
    for msg in ["fix tempering curve rounding", "add Easter gift boxes", "bump praline-ui"]:
        out.append("- %s (%s)" % (msg, hashlib.sha1(rbytes(rng, 20)).hexdigest()))
    return "\n".join(out) + "\n"


def k_order_export_csv(rng):
    rows = ["order_no,order_uuid,shopify_gid,total_eur"]
    for _ in range(3):
        rows.append("#MP%s,%s,gid://shopify/Order/%s,%d.%02d" % (rs(rng, DIGITS, 5), uuid4(rng), rs(rng, DIGITS, 13), rng.randint(10, 200), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_payment_webhook_log_excerpt(rng):
    return ("received evt_%s type=payment_intent.succeeded\n  payment_intent=pi_%s customer=cus_%s\n  charge=ch_%s idempotency=%s\n") % (
        rs(rng, ALNUM, 24), rs(rng, ALNUM, 24), rs(rng, ALNUM, 14), rs(rng, ALNUM, 24), uuid4(rng))


def be_vat(rng):
    base = "0" + rs(rng, DIGITS, 7)
    return "BE" + base + "%02d" % (97 - int(base) % 97)


def k_supplier_invoice_footer(rng):
    bban = rs(rng, DIGITS, 12)
    iban = "BE" + iban_check("BE", bban) + bban
    return "Cacao Import NV – VAT %s – IBAN %s – BIC GEBABEBB – EORI %s%s\n" % (
        be_vat(rng), " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), "BE", rs(rng, DIGITS, 10))


def k_remittance_advice(rng):
    bban = rs(rng, DIGITS, 12)
    iban = "BE" + iban_check("BE", bban) + bban
    return "Remittance advice RA-%s\nPaid to: %s\nStructured reference: +++%s/%s/%s+++\nInvoices: INV-%s, INV-%s\n" % (
        rs(rng, DIGITS, 6), iban, rs(rng, DIGITS, 3), rs(rng, DIGITS, 4), rs(rng, DIGITS, 5), rs(rng, DIGITS, 6), rs(rng, DIGITS, 6))


def k_atelier_onboarding_handout(rng):
    return rng.choice([
        "IT basics for new atelier staff: your till login is personal. Never write it on the tempering machine, never share it on WhatsApp, and change it when Lucie asks you to. Use the password manager for the web shop admin.\n",
        "Welcome! Passwords for the costing database and the webshop live in the password manager only. If someone asks for one by phone or chat, say no and tell Sophie.\n",
        "Reminder: a good password is long. Four or five random words beat a chocolate name with a number on the end. The packing-station PC locks after 5 minutes.\n"])


def k_shop_it_newsletter_paragraph(rng):
    return rng.choice([
        "This month we rotated the API keys of the web shop and the stock sync. You don't need to do anything – the new values are in the vault, not in this newsletter.\n",
        "Phishing alert: a fake 'couverture supplier' e-mail asked for our Stripe key. We never send keys by e-mail; report such messages to IT.\n",
        "Two-factor login is now required on the wholesale portal. Set it up with the authenticator app before Friday; the old shared login has been disabled.\n"])


def k_parcel_dispatch_log(rng):
    out = []
    for _ in range(3):
        ser = rs(rng, DIGITS, 8)
        out.append("%s  %s%s%sBE  %s  %.2f kg" % ("2025-11-%02d" % rng.randint(1, 28), rng.choice(["CP", "RR", "EE"]), ser, s10_digit(ser),
                                              rng.choice(["chilled box", "gift box", "pallet"]), rng.randint(5, 80) / 10))
    return "\n".join(out) + "\n"


def k_customer_shipping_email(rng):
    ser = rs(rng, DIGITS, 8)
    return ("Your praline box is on its way! Tracking number: RR%s%sBE\nTrack at https://track.bpost.example/?id=RR%s%sBE\nOrder #MP%s\n") % (
        ser, s10_digit(ser), ser, s10_digit(ser), rs(rng, DIGITS, 5))


def k_tempering_machine_export_csv(rng):
    rows = ["time,bath_c,tank_c,screw_rpm"]
    t = 0
    for _ in range(5):
        t += rng.randint(30, 90)
        rows.append("%02d:%02d,%d.%d,%d.%d,%d" % (t // 60 + 8, t % 60, rng.randint(30, 32), rng.randint(0, 9), rng.randint(44, 46), rng.randint(0, 9), rng.randint(10, 40)))
    return "\n".join(rows) + "\n"


def k_ganache_recipe_card_text(rng):
    return ("Ganache passion (frame 34x34)\ncream %d g, passion fruit puree %d g, glucose %d g, milk couverture %d g, butter %d g\nCut test lot %d: %d/300 well fermented\nShelf life: %dd\n") % (
        rng.randint(200, 400), rng.randint(100, 250), rng.randint(40, 90), rng.randint(500, 900), rng.randint(40, 90),
        rng.randint(10, 80), rng.randint(180, 280), rng.randint(21, 60))


def k_allergen_lab_certificate(rng):
    return ("Test report no. %s/%s\nSample: SMP-%s (dark chocolate 70%%)\nMilk protein (ELISA): < %d.%d mg/kg\nHazelnut: not detected\nAccreditation: BELAC %s-TEST\n") % (
        rs(rng, DIGITS, 6), rs(rng, DIGITS, 2), rs(rng, DIGITS, 7), rng.randint(1, 5), rng.randint(0, 9), rs(rng, DIGITS, 3))


def k_hygiene_audit_summary(rng):
    return ("Audit AUD-%s (FSSC 22000)\nNon-conformities: %d minor, 0 major\nCAPA refs: CAPA-%s, CAPA-%s\nFood business operator no.: %s\n") % (
        rs(rng, DIGITS, 5), rng.randint(0, 4), rs(rng, DIGITS, 4), rs(rng, DIGITS, 4), rs(rng, DIGITS, 10))


CLASSES = [
    ("chocolate_batch_and_conche_lot_codes", "batch numbers, couverture lots, temper curves, conche runs and recipe ids", [k_tempering_batch_log_csv, k_conche_run_sheet]),
    ("praline_box_gtin_and_itf14_codes", "GTIN-13, ITF-14 and SSCC-18 codes with real GS1 check digits", [k_gift_box_label_print_log, k_pallet_itf14_dispatch_note]),
    ("tempering_machine_serials_and_firmware", "machine serials, firmware builds, PLC module numbers, asset tags and MACs", [k_machine_service_visit_report, k_equipment_asset_register_csv]),
    ("cocoa_origin_and_certification_refs", "bean contracts, cooperative refs, ICO marks, container numbers, EUDR statement refs, certificate and FLO ids", [k_bean_contract_summary, k_certification_scope_letter]),
    ("mould_catalogue_part_numbers", "mould part numbers, transfer-sheet designs and art-file numbers", [k_mould_supplier_catalogue_excerpt, k_transfer_sheet_order_lines]),
    ("card_terminal_receipt_lines", "masked PANs, AIDs, auth codes, RRNs, terminal and merchant ids, batch checksums", [k_shop_card_receipt_copy, k_end_of_day_terminal_report]),
    ("storefront_public_api_identifiers", "public-by-design keys: Stripe pk_live_51, Algolia search-only key (32 hex, same shape as an admin key), reCAPTCHA site key, Shopify Storefront token, Maps browser key (AIza), Sentry DSN, Klaviyo company id, PayPal client id", [k_shop_theme_head_snippet, k_mobile_app_public_config_json]),
    ("tutorial_placeholder_credentials", "quickstart placeholders (<your-api-key>, sk_live_XXXX, tqc-xxxx) and an .env.example with this corpus's key names and empty / changeme / ${VAR:?} / <from-vault> values", [k_integration_quickstart_readme, k_env_example_committed_file]),
    ("truncated_key_previews", "bullet-masked dashboard keys with a 4-character tail, *** and [MASKED] CI output, image digests", [k_vendor_dashboard_key_list_ocr, k_deploy_log_masked_output]),
    ("vault_and_keychain_pointers", "_FILE variables, ${VAR}, ${{ secrets.X }}, vault:, op://, Secrets Manager ARNs, Key Vault URIs, !secret", [k_compose_file_secret_refs, k_app_config_vault_references]),
    ("bcrypt_and_yescrypt_password_hashes", "bcrypt $2b$ hashes in a password column, yescrypt $y$ and sha512crypt $6$ shadow lines (random in frame)", [k_staff_table_sql_dump, k_shadow_file_excerpt]),
    ("ansible_vault_and_kms_ciphertext", "$ANSIBLE_VAULT;1.1;AES256 hex blocks and KMS ciphertext blobs (random in frame)", [k_ansible_vault_encrypted_vars, k_kms_encrypted_env_dump]),
    ("ssh_and_tls_public_material", "ssh-ed25519 public keys (real wire format), certificate serials and SHA-256 fingerprints", [k_authorized_keys_listing, k_tls_certificate_inspection]),
    ("package_integrity_and_commit_digests", "npm sha512 SRI integrity strings (real digests of random bytes) and commit ids", [k_package_lock_integrity_excerpt, k_release_changelog_commits]),
    ("webshop_order_and_payment_object_ids", "order numbers, UUIDv4 order ids, Shopify gids, Stripe evt_ / pi_ / cus_ / ch_ ids, idempotency keys", [k_order_export_csv, k_payment_webhook_log_excerpt]),
    ("wholesale_invoice_iban_and_vat_numbers", "Belgian IBANs (real MOD 97), Belgian VAT numbers (real mod-97 check), EORI, structured payment references", [k_supplier_invoice_footer, k_remittance_advice]),
    ("staff_security_briefing_prose", "onboarding and newsletter prose about passwords and keys with no value given", [k_atelier_onboarding_handout, k_shop_it_newsletter_paragraph]),
    ("courier_tracking_numbers", "UPU S10 parcel ids with real check digits, tracking links, order numbers", [k_parcel_dispatch_log, k_customer_shipping_email]),
    ("genuine_tempering_and_recipe_logs", "real-looking tempering logs, ganache recipes, cut tests and shelf lives (the same shapes as the world-disguise evasions, but carrying nothing)", [k_tempering_machine_export_csv, k_ganache_recipe_card_text]),
    ("food_safety_lab_report_numbers", "lab report and sample numbers, accreditation numbers, audit and CAPA refs, operator numbers", [k_allergen_lab_certificate, k_hygiene_audit_summary]),
]


def kind_name(fn):
    return fn.__name__[2:]


def build(ok_fn):
    """ok_fn(text) -> True if the text is acceptable as a negative (checked against positives)."""
    rng = random.Random(SEED)
    recs, seen = [], set()
    for cname, _desc, kinds in CLASSES:
        for fn in kinds:
            for wname, wtpl in WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if wtpl:
                        t = wtpl.replace("{t}", t).replace("{n}", rs(rng, DIGITS, 5))
                    if t not in seen and ok_fn(t):
                        break
                else:
                    raise RuntimeError("no acceptable negative for " + cname)
                seen.add(t)
                recs.append({"class": cname, "container": kind_name(fn) + wname, "text": t, "source": "negative"})
    return recs
