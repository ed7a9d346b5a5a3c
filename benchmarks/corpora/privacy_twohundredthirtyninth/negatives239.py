"""Hard negatives of the coffee world: texts with no secret that look like they might hold one."""
import base64
import hashlib
import random

import common239 as C

SEED = 23906

BCRYPT_AL = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _ean13(rng, prefix="50"):
    body = prefix + C.rs(rng, C.DIGITS, 12 - len(prefix))
    return body + C.gs1_check(body)


def _gtin14(rng):
    body = str(rng.randint(1, 8)) + "50" + C.rs(rng, C.DIGITS, 10)
    return body + C.gs1_check(body)


def _container_no(rng):
    owner = rng.choice(["MSKU", "MSCU", "CMAU", "HLXU", "TGHU", "SEGU"])
    body = owner + C.rs(rng, C.DIGITS, 6)
    return body + C.iso6346_check(body)


def _ico_mark(rng):
    return "%03d/%04d/%04d" % (rng.choice([2, 4, 10, 12, 14, 15, 18, 23]), rng.randint(1, 9999), rng.randint(1, 9999))


def _masked_pan(rng):
    return "**** **** **** " + C.rs(rng, C.DIGITS, 4)


# ----- base kinds: each returns a text -----
def k_green_contract_summary(rng):
    return ("Contract GC-%d-%03d  Seller: Cooperativa %s  Origin: %s\nICO marks: %s, %s\nLots: %s (%d bags x 69 kg)  Grade: %s\nShipment: %s  Price: %.2f USc/lb FOB\n"
            % (rng.randint(2024, 2026), rng.randint(1, 400), rng.choice(["La Esperanza", "Los Andes", "Gakenke", "Kochere"]), rng.choice(["Colombia", "Peru", "Rwanda", "Ethiopia"]),
               _ico_mark(rng), _ico_mark(rng), "L-" + C.rs(rng, C.UPALNUM, 6), rng.randint(10, 320), rng.choice(["Excelso EP", "SHB EP", "Grade 1", "FW 15+"]),
               rng.choice(["Mar 2026", "Apr/May 2026", "Nov 2025"]), rng.uniform(280, 420)))


def k_warehouse_release_note(rng):
    return ("RELEASE ORDER %s\nWarehouse: %s  Bay %s-%02d\nRelease %d bags of lot %s (ICO %s) to carrier ref %s\nPallet SSCC: 00%s\n"
            % (C.rs(rng, C.DIGITS, 8), rng.choice(["Tilbury DC4", "Antwerp Zuid", "Hamburg Speicherstadt"]), rng.choice("ABCD"), rng.randint(1, 40),
               rng.randint(5, 60), "W" + C.rs(rng, C.DIGITS, 7), _ico_mark(rng), "CR" + C.rs(rng, C.UPALNUM, 9), _ean13(rng, "5")[:-1] + C.rs(rng, C.DIGITS, 5)))


def k_roast_batch_log_csv(rng):
    rows = ["batch_id,profile_id,machine,green_in_kg,roasted_out_kg,drop_temp_c,dev_time_s"]
    for _ in range(4):
        rows.append("R-%06d,%s,%s,%.1f,%.1f,%d,%d" % (rng.randint(1, 999999), C.uuid4(rng), "m" + C.rs(rng, C.HEX, 12), rng.uniform(8, 15), rng.uniform(7, 13), rng.randint(200, 224), rng.randint(60, 150)))
    return "\n".join(rows) + "\n"


def k_profile_library_json(rng):
    return ('{"profiles": [{"id": "%s", "name": "%s", "revision": "%s", "machineSerial": "%s", "checksum": "%s"}]}\n'
            % (C.uuid4(rng), rng.choice(["Guji Natural Light", "House Espresso v7", "Decaf SWP filter"]), C.rs(rng, C.HEX, 12),
               "W15A-" + C.rs(rng, C.DIGITS, 6), hashlib.sha1(C.rbytes(rng, 20)).hexdigest()))


def k_bag_label_print_log(rng):
    return "\n".join("%s label 250g %-28s EAN %s  best before %02d/%02d/2026  lot %s" % (
        C.fillers(rng)["D"], rng.choice(["Guji Natural", "House Espresso", "Huila Washed", "Assam Breakfast"]), _ean13(rng), rng.randint(1, 28), rng.randint(1, 12), "B" + C.rs(rng, C.DIGITS, 6)) for _ in range(3)) + "\n"


def k_retailer_listing_sheet(rng):
    return ("Retailer new-line form\nProduct,Case GTIN-14,Unit EAN-13,Case qty\n" + "\n".join(
        "%s,%s,%s,%d" % (rng.choice(["Espresso 1kg beans", "Filter 250g ground", "Sencha 100g tin", "Chai 20 bags"]), _gtin14(rng), _ean13(rng), rng.choice([6, 8, 12])) for _ in range(3)) + "\n")


def k_service_visit_report(rng):
    return ("Service visit %s\nMachine: Linea PB 3gr  Serial: %s\nFirmware: %s (build %s)\nGateway MAC: %s\nWork done: replaced group gaskets, steam valve rebuilt, descaled boiler\n"
            % (C.fillers(rng)["D"], "LP" + C.rs(rng, C.DIGITS, 6), "v%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)), C.rs(rng, C.HEX, 7),
               ":".join(C.rs(rng, C.HEX, 2) for _ in range(6))))


def k_machine_fleet_export_csv(rng):
    rows = ["site,model,serial,firmware_sha,last_seen"]
    for _ in range(3):
        rows.append("%s,%s,%s,%s,%s" % (rng.choice(["quay-st", "old-mill", "market-hall"]), rng.choice(["GS3", "Linea Mini", "KB90", "Slayer"]), C.rs(rng, C.UPALNUM, 10), hashlib.sha1(C.rbytes(rng, 8)).hexdigest(), C.fillers(rng)["D"]))
    return "\n".join(rows) + "\n"


def k_cupping_form_export(rng):
    rows = ["sample_code,fragrance,flavor,aftertaste,acidity,body,balance,overall,total"]
    for _ in range(4):
        rows.append("%03d,%s,%.2f" % (rng.randint(100, 999), ",".join("%.2f" % (rng.choice([7, 7.25, 7.5, 7.75, 8, 8.25])) for _ in range(7)), rng.uniform(80, 89)))
    return "\n".join(rows) + "\n"


def k_q_grader_calibration_sheet(rng):
    return ("Calibration round %d — blind codes %s\nPanel: %s\nReference sample hash (sheet v%d): %s\n"
            % (rng.randint(1, 12), ", ".join(C.rs(rng, C.UPPER, 2) + C.rs(rng, C.DIGITS, 2) for _ in range(6)), ", ".join(rng.sample(["Q-%05d" % rng.randint(1, 99999) for _ in range(6)], 4)),
               rng.randint(2, 9), hashlib.sha256(C.rbytes(rng, 16)).hexdigest()))


def k_shipping_advice_email_body(rng):
    return ("Dear buyer,\nplease find the shipping advice for your contract below.\nB/L: %s   Vessel: %s voy. %s\nContainer: %s  Seal: %s\nETA Felixstowe: %s\nBest regards, export desk\n"
            % ("MEDU" + C.rs(rng, C.UPALNUM, 8), rng.choice(["MSC Sveva", "Maersk Kinloss", "CMA CGM Rio"]), C.rs(rng, C.UPALNUM, 5), _container_no(rng), C.rs(rng, C.DIGITS, 8), C.fillers(rng)["D"]))


def k_freight_forwarder_tracking_table(rng):
    rows = ["| container | status | location | updated |", "|---|---|---|---|"]
    for _ in range(3):
        rows.append("| %s | %s | %s | %s |" % (_container_no(rng), rng.choice(["discharged", "on vessel", "gate out"]), rng.choice(["Santos", "Djibouti", "Rotterdam", "Felixstowe"]), C.fillers(rng)["D"]))
    return "\n".join(rows) + "\n"


def k_certificate_register(rng):
    return ("Certificate register (public data)\nFairtrade FLO ID: %d\nOrganic control body: GB-ORG-%02d, certificate %s\nRainforest Alliance certificate: RA_CR_%d\nEUDR due-diligence statement ref: %s\n"
            % (rng.randint(10000, 49999), rng.randint(1, 9), "UK-" + C.rs(rng, C.DIGITS, 6), rng.randint(1000000, 9999999), "25" + C.rs(rng, C.UPALNUM, 12)))


def k_traceability_json(rng):
    return ('{"lot": "%s", "farm_plot_geo_id": "%s", "washing_station": "%s", "dds_reference": "%s", "verification": "%s"}\n'
            % ("T-" + C.rs(rng, C.DIGITS, 6), C.rs(rng, C.HEX, 32), rng.choice(["Hambela", "Nyamasheke", "Finca El Paraiso"]), "DDS-" + C.rs(rng, C.UPALNUM, 10), C.rs(rng, C.UPALNUM, 5) + "-" + C.rs(rng, C.UPALNUM, 5)))


def k_card_receipt_text(rng):
    return ("EMBER & BEAN — QUAY ST\n1x Flat white 3.60\n1x Almond croissant 3.20\nTOTAL GBP 6.80\nVISA CONTACTLESS %s\nAID A0000000031010\nAUTH CODE %s  TID %s\nRRN %s\nNo cardholder verification\n"
            % (_masked_pan(rng), C.rs(rng, C.UPALNUM, 6), C.rs(rng, C.DIGITS, 8), C.rs(rng, C.DIGITS, 12)))


def k_end_of_day_z_report(rng):
    return ("Z REPORT #%d  %s\nTerminal %s  Merchant %s\nCard sales: %d  GBP %.2f\nBatch %s closed\nLast txn auth %s\n"
            % (rng.randint(100, 999), C.fillers(rng)["D"], C.rs(rng, C.DIGITS, 8), C.rs(rng, C.DIGITS, 15), rng.randint(80, 400), rng.uniform(300, 2500), C.rs(rng, C.DIGITS, 6), C.rs(rng, C.UPALNUM, 6)))


def k_supplier_invoice_footer(rng):
    bban = "NWBK" + C.rs(rng, C.DIGITS, 14)
    return ("Invoice %s — payment within 30 days\nBank: %s  BIC NWBKGB2L\nIBAN: %s\nVAT reg. GB %s\nCompany no. %s\n"
            % ("INV-" + C.rs(rng, C.DIGITS, 6), "NatWest", C.iban(rng, "GB", bban), C.rs(rng, C.DIGITS, 9), C.rs(rng, C.DIGITS, 8)))


def k_payment_run_csv(rng):
    rows = ["supplier,iban,amount_eur,reference"]
    for _ in range(3):
        rows.append("%s,%s,%.2f,%s" % (rng.choice(["Kaffee Import Nord", "Tee Kontor", "Verpackung Süd"]), C.iban(rng, "DE", C.rs(rng, C.DIGITS, 18)), rng.uniform(200, 9000), "PO" + C.rs(rng, C.DIGITS, 6)))
    return "\n".join(rows) + "\n"


def k_checkout_page_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n  const shopifyStorefront = "%s";\n  posthog.init("phc_%s", {api_host: "https://eu.i.posthog.com"});\n</script>\n<div class="g-recaptcha" data-sitekey="6L%s"></div>\n'
            % (C.rs(rng, C.ALNUM, 97), C.rs(rng, C.HEX, 32), C.rs(rng, C.ALNUM, 43), C.rs(rng, C.B64URL, 38)))


def k_mobile_app_public_config(rng):
    mb = C.b64u(C.cjson({"u": "emberandbean", "a": C.rs(rng, C.LOWALNUM, 25)}).encode())
    return ('{\n  "mapsBrowserKey": "AIza%s",\n  "mapboxPublicToken": "pk.%s.%s",\n  "algoliaSearchOnlyKey": "%s",\n  "sentryDsn": "https://%s@o%s.ingest.sentry.io/%s"\n}\n'
            % (C.rs(rng, C.B64URL, 35), mb, C.rs(rng, C.ALNUM, 22), C.rs(rng, C.HEX, 32), C.rs(rng, C.HEX, 32), C.rs(rng, C.DIGITS, 6), C.rs(rng, C.DIGITS, 7)))


def k_vendor_quickstart_snippet(rng):
    return rng.choice([
        "# Quickstart\nexport OPENAI_API_KEY=\"sk-proj-...\"\nexport STRIPE_SECRET_KEY=sk_live_REPLACE_ME\ncurl -H \"Authorization: Bearer <your-token>\" https://api.example.com/v1/roasts\n",
        "client = RoasteryClient(api_key=\"YOUR_API_KEY\", secret=\"xxxxxxxxxxxxxxxxxxxxxxxx\")\n# replace the placeholders with the values from your dashboard\n",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# (values from the AWS documentation)\n",
        "slack:\n  bot_token: xoxb-your-bot-token\n  signing_secret: <signing-secret-here>\ngithub_token: ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n",
    ]) + "# docs build %s\n" % C.rs(rng, C.DIGITS, 4)


def k_env_example_template(rng):
    keys = rng.sample(["ROASTER_CONSOLE_PASSWORD", "ESPRESSO_TELEMETRY_PASSWORD", "POS_BACK_OFFICE_PASSWORD", "GREEN_INVENTORY_DB_PASSWORD",
                       "SHOP_ADMIN_PASSWORD", "ROAST_LOGGER_KEY", "GREEN_LOT_TOKEN", "SHOP_APP_KEY", "LOYALTY_FERNET_KEY", "BARISTA_API_JWT"], 4)
    vals = ["", "changeme", "<set-in-vault>", "${%s:?missing}" % keys[3]]
    return "# .env.example — copy to .env and fill in (template %s)\n" % C.rs(rng, C.DIGITS, 3) + "\n".join("%s=%s" % (k, v) for k, v in zip(keys, vals)) + "\n"


def k_integration_settings_screenshot_ocr(rng):
    return ("Integrations > Payments\nSecret key  sk_live_••••••••••••%s   [Reveal]\nWebhook secret  whsec_••••••••  [Rotate]\nAPI token  %s…  (created %s)\n"
            % (C.rs(rng, C.ALNUM, 4), C.rs(rng, C.ALNUM, 4), C.fillers(rng)["D"]))


def k_ci_log_with_masking(rng):
    return ("Run ./deploy.sh\n  ROASTLOG_DB: ***\n  SHOP_APP_KEY: [MASKED]\nConnecting to %s as deploy (key ending %s)\nDeployment %s finished in %ds\n"
            % (rng.choice(C.HOSTS), C.rs(rng, C.HEX, 4), C.rs(rng, C.HEX, 7), rng.randint(20, 300)))


def k_k8s_external_secret_manifest(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: roastlog-%s\nspec:\n  secretStoreRef:\n    name: vault-backend\n  data:\n    - secretKey: DB_URL\n      remoteRef:\n        key: kv/roastery/roastlog\n        property: db_url\n---\nenv:\n  - name: SHOP_APP_KEY\n    valueFrom:\n      secretKeyRef: {name: shop, key: app-key}\n"
            % C.rs(rng, C.LOWALNUM, 5))


def k_compose_secret_references(rng):
    return ("services:\n  subs:\n    environment:\n      DB_PASSWORD_FILE: /run/secrets/db\n      STRIPE_KEY: ${STRIPE_KEY:?set in CI}\n      OP_REF: op://Roastery/Stripe/credential\n      SSM_REF: \"{{resolve:ssm-secure:/beanbox/prod/db:%d}}\"\n      GH: ${{ secrets.SHOP_DEPLOY_TOKEN }}\n      ARN: arn:aws:secretsmanager:eu-west-2:%s:secret:beanbox/db-%s\nsecrets:\n  db:\n    external: true\n"
            % (rng.randint(1, 9), C.rs(rng, C.DIGITS, 12), C.rs(rng, C.ALNUM, 6)))


def k_staff_users_table_dump(rng):
    rows = ["id | email | password | role"]
    for i in range(3):
        rows.append("%d | %s@emberandbean.example | $2b$12$%s | %s" % (rng.randint(1, 900), rng.choice(["ines", "kofi", "mira", "tomasz", "ana"]) + str(i), C.rs(rng, BCRYPT_AL, 53), rng.choice(["barista", "manager", "roaster"])))
    return "\n".join(rows) + "\n"


def k_shadow_file_excerpt(rng):
    return ("%s:$y$j9T$%s$%s:20%d:0:99999:7:::\n%s:$6$%s$%s:19%d:0:99999:7:::\n"
            % (rng.choice(C.USERS), C.rs(rng, BCRYPT_AL, 22), C.rs(rng, BCRYPT_AL, 43), rng.randint(100, 400),
               rng.choice(C.USERS), C.rs(rng, BCRYPT_AL, 16), C.rs(rng, BCRYPT_AL, 86), rng.randint(100, 999)))


def _fernet_token(rng):
    body = b"\x80" + (1730000000 + rng.randint(0, 9999999)).to_bytes(8, "big") + C.rbytes(rng, 16) + C.rbytes(rng, 16 * rng.randint(1, 3)) + C.rbytes(rng, 32)
    return base64.urlsafe_b64encode(body).decode()


def k_encrypted_column_dump(rng):
    return "customer_id,loyalty_balance_enc\n" + "\n".join("%d,%s" % (rng.randint(1000, 99999), _fernet_token(rng)) for _ in range(2)) + "\n"


def k_rails_credentials_enc_listing(rng):
    blob = "--".join(base64.b64encode(C.rbytes(rng, n)).decode() for n in (rng.randint(60, 120), 12, 16))
    return "$ cat config/credentials/production.yml.enc\n%s\n$ git log -1 --format=%%h\n%s\n" % (blob, C.rs(rng, C.HEX, 7))


def _ssh_ed25519_pub(rng):
    blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + C.rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def k_authorized_keys_file(rng):
    return "# ~deploy/.ssh/authorized_keys\n%s %s@roastpc\n%s ci@runner-%s\n" % (_ssh_ed25519_pub(rng), rng.choice(C.USERS), _ssh_ed25519_pub(rng), C.rs(rng, C.DIGITS, 2))


def k_release_signing_readme(rng):
    mpk = base64.b64encode(b"Ed" + C.rbytes(rng, 8) + C.rbytes(rng, 32)).decode()
    fp = C.rs(rng, C.UHEX, 40)
    return ("## Verifying roaster-firmware releases\nminisign public key:\n    %s\nPGP fingerprint: %s\n    minisign -Vm roastfw-%d.%d.bin -P %s\n"
            % (mpk, " ".join(fp[i:i + 4] for i in range(0, 40, 4)), rng.randint(1, 5), rng.randint(0, 9), mpk))


def k_storefront_script_tags(rng):
    def sri():
        return "sha384-" + base64.b64encode(hashlib.sha384(C.rbytes(rng, 40)).digest()).decode()
    return ('<script src="https://cdn.emberandbean.example/app.%s.js" integrity="%s" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/theme.%s.css" integrity="%s">\n'
            % (C.rs(rng, C.HEX, 8), sri(), C.rs(rng, C.HEX, 8), sri()))


def k_firmware_release_notes(rng):
    return ("roastfw %d.%d.%d\ncommit %s\nsha256  %s  roastfw.bin\nsha256  %s  roastfw-recovery.bin\nChanges: smoother gas steps below 150 °C, new RoR smoothing\n"
            % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9), hashlib.sha1(C.rbytes(rng, 20)).hexdigest(), hashlib.sha256(C.rbytes(rng, 64)).hexdigest(), hashlib.sha256(C.rbytes(rng, 64)).hexdigest()))


PROSE_A = [
    "Never write the till or roaster passwords on the chalkboard, a sticky note or the cupping sheet.",
    "Passwords live in the shared vault; if you need one, ask the shift manager to share the entry with you.",
    "Use a long passphrase for the office PC and change it if you think someone watched you type it.",
    "Do not send passwords over WhatsApp or e-mail, even to the head roaster.",
    "If a supplier asks for the wholesale portal login on the phone, hang up and call them back on the number on file.",
]


def k_staff_handbook_security_section(rng):
    return "Section %d.%d – Passwords and devices\n" % (rng.randint(4, 9), rng.randint(1, 9)) + " ".join(rng.sample(PROSE_A, 3)) + "\n"


def k_manager_onboarding_email(rng):
    return ("Hi %s,\nwelcome to the %s team! Your accounts are ready. You will get a one-time link to set your own password; "
            "the link expires after 24 hours. Please turn on two-factor authentication for the POS back office and never reuse a password from another job.\nCheers, Ops\n"
            % (rng.choice(["Sasha", "Liam", "Ana", "Kofi"]), rng.choice(["Quay St", "Old Mill", "Market Hall"])))


def k_tea_auction_catalogue(rng):
    rows = []
    for _ in range(3):
        rows.append("Lot %d  %s  Invoice %s/%d  Grade %s  %d chests  %s" % (rng.randint(1, 900), rng.choice(["Castleton", "Margaret's Hope", "Halmari", "Nuwara Eliya Estate"]),
                    rng.choice(["DJ", "AS", "NL"]) + "-" + str(rng.randint(1, 400)), 2025, rng.choice(["FTGFOP1", "SFTGFOP1", "TGBOP", "BOPF", "OP1"]), rng.randint(5, 40), rng.choice(["2nd flush", "autumnal", "1st flush"])))
    return "Kolkata auction sale %d\n" % rng.randint(1, 52) + "\n".join(rows) + "\n"


def k_tea_import_packing_list(rng):
    return ("PACKING LIST %s\nMark: KL/%s/%d\nGarden invoice: %s  Grade: %s  Net: %d x %.1f kg\nCertificate of origin: %s\nPhyto: %s\n"
            % (C.rs(rng, C.DIGITS, 7), C.rs(rng, C.UPPER, 3), rng.randint(1, 99), rng.choice(["DJ", "AS"]) + "-" + str(rng.randint(1, 400)) + "/2025", rng.choice(["FTGFOP1", "GFOP", "BOP"]),
               rng.randint(10, 60), rng.uniform(20, 40), "COO" + C.rs(rng, C.DIGITS, 9), "PC-IN-" + C.rs(rng, C.DIGITS, 8)))


def k_api_gateway_access_log(rng):
    return "\n".join('%s - - [%s] "POST /v1/orders HTTP/1.1" 201 512 req_id=%s traceparent=00-%s-%s-01' % (
        rng.choice(["10.20.4.17", "192.168.40.12"]), C.fillers(rng)["D"], C.uuid4(rng), C.rs(rng, C.HEX, 32), C.rs(rng, C.HEX, 16)) for _ in range(3)) + "\n"


def k_order_webhook_delivery_log(rng):
    return ("webhook delivery %s\n  topic: orders/paid\n  order: gid://shopify/Order/%s\n  event: evt_%s\n  idempotency-key: %s\n  status: 200 in %d ms\n"
            % (C.uuid4(rng), C.rs(rng, C.DIGITS, 13), C.rs(rng, C.ALNUM, 24), C.uuid4(rng), rng.randint(40, 900)))


CLASSES = [
    ("green_coffee_ico_marks_and_lots", k_green_contract_summary, k_warehouse_release_note, "ICO identification marks, contract and lot numbers, SSCC-like pallet numbers"),
    ("roast_batch_and_profile_ids", k_roast_batch_log_csv, k_profile_library_json, "roast batch numbers, profile UUIDv4s, hex machine ids, profile checksums"),
    ("coffee_bag_ean_and_case_gtin_codes", k_bag_label_print_log, k_retailer_listing_sheet, "EAN-13 and GTIN-14 codes with real GS1 check digits"),
    ("espresso_machine_serials_and_firmware", k_service_visit_report, k_machine_fleet_export_csv, "machine serials, firmware versions and commit hashes, gateway MAC addresses"),
    ("cupping_blind_codes_and_scores", k_cupping_form_export, k_q_grader_calibration_sheet, "blind sample codes, scores, Q-grader ids, sheet hashes"),
    ("iso6346_container_and_bill_of_lading_numbers", k_shipping_advice_email_body, k_freight_forwarder_tracking_table, "shipping containers with real ISO 6346 check digits, bills of lading, seals"),
    ("certification_and_traceability_ids", k_certificate_register, k_traceability_json, "Fairtrade FLO ids, organic and Rainforest Alliance certificates, EUDR references, plot geo ids"),
    ("cafe_card_terminal_receipt_refs", k_card_receipt_text, k_end_of_day_z_report, "masked PANs, AIDs, auth codes, terminal and merchant ids, RRNs"),
    ("supplier_iban_and_vat_numbers", k_supplier_invoice_footer, k_payment_run_csv, "IBANs with real MOD 97-10 check digits, BICs, VAT and company numbers"),
    ("storefront_public_keys_and_site_ids", k_checkout_page_html, k_mobile_app_public_config, "public-by-design keys: Stripe pk_live_51, Shopify Storefront token, PostHog phc_, reCAPTCHA site key, Maps browser key (AIza), Mapbox pk., Algolia search-only key, Sentry DSN"),
    ("sdk_quickstart_dummy_values", k_vendor_quickstart_snippet, k_env_example_template, "documentation placeholders (sk-proj-..., REPLACE_ME, <your-token>, the AWS docs example, xoxb-your-bot-token, ghp_XXXX) and .env.example templates with this corpus's key names"),
    ("dashboard_masked_key_previews", k_integration_settings_screenshot_ocr, k_ci_log_with_masking, "bullet-masked, ellipsis-truncated, *** and [MASKED] values"),
    ("vault_and_env_indirections", k_k8s_external_secret_manifest, k_compose_secret_references, "ExternalSecret remoteRefs, secretKeyRef, _FILE paths, ${VAR:?}, op://, {{resolve:ssm-secure}}, ${{ secrets.X }}, ARNs"),
    ("bcrypt_and_yescrypt_hash_columns", k_staff_users_table_dump, k_shadow_file_excerpt, "bcrypt $2b$, yescrypt $y$ and sha512crypt $6$ hashes (random in frame; the column is called password)"),
    ("fernet_tokens_and_rails_encrypted_blobs", k_encrypted_column_dump, k_rails_credentials_enc_listing, "Fernet ciphertext tokens (version byte 0x80, real layout) and a Rails credentials .yml.enc body"),
    ("ssh_and_minisign_public_keys", k_authorized_keys_file, k_release_signing_readme, "ssh-ed25519 public keys (real wire format), minisign public keys, PGP fingerprints"),
    ("subresource_integrity_and_commit_hashes", k_storefront_script_tags, k_firmware_release_notes, "SRI sha384- attributes and sha256sums (real digests of random bytes), git commit ids"),
    ("barista_security_briefing_prose", k_staff_handbook_security_section, k_manager_onboarding_email, "handbook and onboarding prose about passwords with no value"),
    ("tea_garden_invoice_and_grade_codes", k_tea_auction_catalogue, k_tea_import_packing_list, "tea auction lots, garden invoice numbers, grades, certificate and phyto numbers"),
    ("request_trace_and_order_ids", k_api_gateway_access_log, k_order_webhook_delivery_log, "UUIDv4 request and idempotency ids, W3C traceparent ids, Shopify order gids, event ids"),
]

WRAPPERS = [
    ("", None),
    ("__in_roastery_slack_thread", "#roastery-ops\n%s: is this safe to paste here?\n%s: yes, nothing secret in it, go ahead\n```\n%%s```\n"),
    ("__in_cafe_it_ticket", "Ticket #%d — question from the café\nReporter: %s\nThe text below contains no credentials (checked by %s):\n%%s\n"),
    ("__in_importer_email_thread", "From: %s\nSubject: RE: documents for your records\n\nHi, as discussed, the public reference data follows (no login details included):\n\n%%s\n-- \nSent from the %s desk\n"),
    ("__in_home_barista_forum_reply", "Re: what do these codes on my bag / machine mean? (reply by %s)\nThey are just identifiers, nothing private – here's mine:\n\n%%s\nHope that helps, %s\n"),
]


def wrap(w, body, rng):
    name, tpl = w
    if tpl is None:
        return body
    a, b = rng.choice(C.USERS), rng.choice(C.USERS)
    if name == "__in_cafe_it_ticket":
        head = tpl % (rng.randint(1000, 9999), a, b)
    elif name == "__in_importer_email_thread":
        head = tpl % (rng.choice(["export@cafe-origin.example", "docs@greenimports.example"]), rng.choice(["export", "logistics"]))
    else:
        head = tpl % (a, b)
    return head % body


def clean(text, reg, seen):
    if text in seen:
        return False
    if C.PW_FORM_IN_TEXT.search(text):
        return False
    for u in C.UUID_ANY.findall(text):
        if not C.UUID_V4.match(u):
            return False
    if C.JWT_ANY.search(text):
        return False
    for s in reg.items:
        if len(s) >= 6 and s in text:
            return False
    return True


def build(reg):
    rng = random.Random(SEED)
    recs, seen = [], set()
    for cname, ka, kb, _ in CLASSES:
        for kfn in (ka, kb):
            base = kfn.__name__[2:]
            for w in WRAPPERS:
                for _ in range(100):
                    text = wrap(w, kfn(rng), rng)
                    if clean(text, reg, seen):
                        break
                else:
                    raise RuntimeError("no clean negative for " + base)
                seen.add(text)
                recs.append({"class": cname, "container": base + w[0], "text": text, "source": "negative"})
    return recs
