"""Hard negatives for p167: texts of this world that hold no secret but look like they might.

18 classes x 2 base kinds x 6 presentations (plain + 5 wrappers) = 216 records.
"""
import base64
import hashlib
import random

from common167 import (B62, DIGITS, UPPER, LOWER, rand_str, hexs, uuid4, b64, b64url_json,
                       luhn_digit, gtin_digit, vin, rand_bytes)

SEED = 16706

PRODUCTS = ["Bifenthrin 7.9% SC", "Fipronil 9.1% SC", "Imidacloprid 75 WSP", "Prodiamine 65 WDG",
            "Dithiopyr 0.15G", "Glyphosate 41%", "Brodifacoum Block 0.005%", "Hydramethylnon Gel 2.15%",
            "Chlorantraniliprole 0.067G", "Lambda-cyhalothrin 9.7% CS", "Indoxacarb 0.05% Gel",
            "Mesotrione 4SC"]
STATES = ["WI", "TX", "FL", "GA", "NC", "AZ", "OH", "MN", "CA", "TN"]
PLANTS = [("Buxus 'Green Velvet'", "#3"), ("Hydrangea paniculata 'Limelight'", "#5"),
          ("Thuja occidentalis 'Emerald'", "5-6 ft B&B"), ("Hosta 'Sum and Substance'", "#2"),
          ("Juniperus horizontalis 'Blue Chip'", "#3"), ("Acer rubrum 'October Glory'", "2 in cal"),
          ("Rudbeckia fulgida 'Goldsturm'", "#1"), ("Spiraea japonica 'Goldflame'", "#3")]
TECHS = ["Luis Ortega", "Priya Nair", "Dana Reyes", "Marco Tellez", "Gail Brooks", "Sam Okafor",
         "Jen Kowalski", "Ravi Patel"]


def ean13(rng, prefix="0"):
    body = prefix + rand_str(rng, DIGITS, 12 - len(prefix))
    return body + gtin_digit(body)


def upca(rng):
    body = rand_str(rng, DIGITS, 11)
    return body + gtin_digit(body)


def imei(rng):
    body = "35" + rand_str(rng, DIGITS, 12)
    return body + luhn_digit(body)


def mac(rng):
    return ":".join("%02X" % rng.randrange(256) for _ in range(6))


def epa_reg(rng):
    return "%d-%d" % (rng.randint(100, 99999), rng.randint(1, 999))


# ---------------------------------------------------------------- base kinds
def product_label_panel_excerpt(rng):
    p = rng.choice(PRODUCTS)
    return ("%s  -  KEEP OUT OF REACH OF CHILDREN  CAUTION\nEPA Reg. No. %s    EPA Est. No. %d-%s-%d\n"
            "Net contents: 1 gal   Batch: %s%s\nApply at 0.2 - 0.4 fl oz per 1000 sq ft; do not apply to "
            "saturated soils.\n" % (p, epa_reg(rng), rng.randint(100, 99999), rng.choice(STATES), rng.randint(1, 9),
                                    rand_str(rng, UPPER, 2), rand_str(rng, DIGITS, 6)))


def chemical_inventory_csv(rng):
    rows = ["product,epa_reg_no,epa_est_no,lot,qty_gal"]
    for _ in range(4):
        rows.append("%s,%s,%d-%s-%d,%s-%s,%d" % (rng.choice(PRODUCTS), epa_reg(rng), rng.randint(100, 99999),
                                                 rng.choice(STATES), rng.randint(1, 9), rand_str(rng, UPPER, 3),
                                                 rand_str(rng, DIGITS, 5), rng.randint(1, 30)))
    return "\n".join(rows) + "\n"


def technician_certification_roster(rng):
    lines = ["Technician certifications (exported %s)" % rng.choice(["Mon", "Tue", "Wed"])]
    for _ in range(3):
        st = rng.choice(STATES)
        lines.append("%-14s  cat %s  lic %s-PA-%s  exp 12/31/20%d" % (rng.choice(TECHS), rng.choice(["3A", "7A", "7B", "3B"]),
                                                                     st, rand_str(rng, DIGITS, 6), rng.randint(25, 28)))
    return "\n".join(lines) + "\n"


def restricted_use_permit_record(rng):
    return ("RUP permit no. %s-%s-%s  county %d  site ID %s\nApplicator cert #%s  dealer license %s-%s\n"
            "Product: %s  rate 1.5 pt/acre  area 3.2 acres\n" % (rand_str(rng, DIGITS, 2), rand_str(rng, DIGITS, 2),
                                                                 rand_str(rng, DIGITS, 7), rng.randint(1, 99),
                                                                 rand_str(rng, DIGITS, 8), rand_str(rng, DIGITS, 6),
                                                                 rng.choice(STATES), rand_str(rng, DIGITS, 5),
                                                                 rng.choice(PRODUCTS)))


def station_scan_log(rng):
    lines = []
    for _ in range(4):
        lines.append("2025-06-0%d 08:%02d  scan %s  station BS-%03d  activity: %s" % (
            rng.randint(1, 9), rng.randint(0, 59), ean13(rng), rng.randint(1, 240),
            rng.choice(["none", "light feeding", "replaced bait", "droppings"])))
    return "\n".join(lines) + "\n"


def trap_map_export_json(rng):
    items = []
    for _ in range(3):
        items.append('  {"barcode": "%s", "type": "%s", "zone": "%s", "lat": 43.%06d, "lng": -89.%06d}' % (
            upca(rng), rng.choice(["rodent bait station", "snap trap", "insect monitor", "termite station"]),
            rng.choice(["exterior", "dock", "warehouse", "perimeter"]), rng.randint(0, 999999), rng.randint(0, 999999)))
    return "[\n" + ",\n".join(items) + "\n]\n"


def controller_inventory_table(rng):
    lines = ["site            model        serial            mac"]
    for _ in range(3):
        lines.append("%-15s %-12s %-17s %s" % (rng.choice(["Oak Ridge HOA", "Maple Ct 14", "City Park N", "Depot"]),
                                               rng.choice(["HPC-400", "ESP-TM2", "Gen3-16", "WM-SL48"]),
                                               rand_str(rng, UPPER, 2) + "-" + rand_str(rng, DIGITS, 4) + "-" + hexs(rng, 6, True),
                                               mac(rng)))
    return "\n".join(lines) + "\n"


def dhcp_lease_listing(rng):
    lines = []
    for _ in range(3):
        lines.append("lease 10.40.3.%d {\n  hardware ethernet %s;\n  client-hostname \"valve-node-%s\";\n}" % (
            rng.randint(20, 250), mac(rng).lower(), hexs(rng, 6)))
    return "\n".join(lines) + "\n"


def daily_route_sheet(rng):
    lines = ["Route R-%02d  %s  truck %d" % (rng.randint(1, 40), rng.choice(TECHS), rng.randint(1, 30))]
    for i in range(4):
        lines.append("%d. WO-2025-%06d  acct %s  %s  window %d-%d" % (
            i + 1, rng.randint(0, 999999), rand_str(rng, DIGITS, 7), rng.choice(["quarterly pest", "lawn round 3", "mosquito", "aeration", "termite inspection"]),
            rng.randint(7, 11), rng.randint(12, 17)))
    return "\n".join(lines) + "\n"


def invoice_reference_email(rng):
    return ("Subject: Invoice INV-%s for account %s\n\nHi, your autopay for invoice INV-%s (service on 05/%02d) "
            "was processed with the card ending %s. Reference %s.\n" % (
                rand_str(rng, DIGITS, 6), rand_str(rng, DIGITS, 8), rand_str(rng, DIGITS, 6), rng.randint(1, 28),
                rand_str(rng, DIGITS, 4), rand_str(rng, UPPER + DIGITS, 12)))


def npma33_report_header(rng):
    return ("WOOD DESTROYING INSECT INSPECTION REPORT (NPMA-33)\nReport # WDI-2025-%06d   Inspection date 06/%02d/2025\n"
            "Company license # %s   Inspector ID %s\nProperty: %d Birch Ln, Unit %s\n" % (
                rng.randint(0, 999999), rng.randint(1, 28), rand_str(rng, DIGITS, 6), rand_str(rng, UPPER, 2) + rand_str(rng, DIGITS, 5),
                rng.randint(100, 9999), rand_str(rng, UPPER, 1)))


def termite_bait_install_certificate(rng):
    return ("Termite baiting system installed: %d stations. Warranty no. TW-%s-%s\n"
            "Station barcodes start at %s. Annual renewal due 06/%02d/2026.\n" % (
                rng.randint(12, 40), rand_str(rng, DIGITS, 4), rand_str(rng, UPPER + DIGITS, 6), ean13(rng, "2"),
                rng.randint(1, 28)))


def availability_list_csv(rng):
    rows = ["sku,upc,botanical_name,size,qty"]
    for _ in range(4):
        plant, size = rng.choice(PLANTS)
        rows.append('GBN-%s,%s,"%s",%s,%d' % (rand_str(rng, DIGITS, 5), upca(rng), plant, size, rng.randint(0, 300)))
    return "\n".join(rows) + "\n"


def plant_tag_print_job(rng):
    plant, size = rng.choice(PLANTS)
    return ("^XA\n^FO40,30^A0N,34,34^FD%s^FS\n^FO40,80^A0N,26,26^FDSize %s  Lot %s^FS\n"
            "^FO40,120^BY2^BUN,80^FD%s^FS\n^XZ\n" % (plant, size, rand_str(rng, UPPER, 2) + rand_str(rng, DIGITS, 5), upca(rng)[:11]))


def fleet_register_rows(rng):
    lines = ["unit,vin,plate,tablet_imei"]
    for _ in range(3):
        lines.append("T%02d,%s,%s-%s,%s" % (rng.randint(1, 40), vin(rng, rng.choice(["1FT", "1GC", "3C6"])),
                                          rand_str(rng, UPPER, 3), rand_str(rng, DIGITS, 4), imei(rng)))
    return "\n".join(lines) + "\n"


def tablet_mdm_device_export(rng):
    return ('{"deviceName": "GB-Truck-%02d", "serialNumber": "R%s", "imei": "%s", "wifiMac": "%s", '
            '"enrollmentId": "%s", "kioskProfile": "route-tablet-v4"}\n' % (
                rng.randint(1, 40), rand_str(rng, UPPER + DIGITS, 10), imei(rng), mac(rng).lower(), uuid4(rng)))


def sha256sums_label_library(rng):
    lines = []
    for _ in range(4):
        name = rng.choice(PRODUCTS).split()[0].lower() + "_label_%s.pdf" % rand_str(rng, DIGITS, 4)
        lines.append("%s  %s" % (hashlib.sha256(rand_bytes(rng, 32)).hexdigest(), name))
    return "\n".join(lines) + "\n"


def firmware_release_manifest(rng):
    return ("irrigation controller firmware %d.%d.%d\nfile: zc_fw_%s.bin\nsha256: %s\nsha1: %s\nsize: %d bytes\n" % (
        rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 99), hexs(rng, 7),
        hashlib.sha256(rand_bytes(rng, 40)).hexdigest(), hashlib.sha1(rand_bytes(rng, 40)).hexdigest(),
        rng.randint(300000, 2000000)))


def portal_checkout_snippet(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n'
            '  const stripe = Stripe("pk_live_51%s");\n  posthog.init("phc_%s", { api_host: "https://us.i.posthog.com" });\n'
            '</script>\n' % (rand_str(rng, B62, 97), rand_str(rng, B62, 43)))


def mobile_app_public_config(rng):
    return ('{\n  "algoliaAppId": "%s",\n  "algoliaSearchOnlyKey": "%s",\n  "oneSignalAppId": "%s",\n'
            '  "mapboxPublicToken": "pk.%s.%s"\n}\n' % (rand_str(rng, UPPER + DIGITS, 10), hexs(rng, 32), uuid4(rng),
                                                         b64url_json({"u": "greenblade", "a": rand_str(rng, LOWER + DIGITS, 25)}),
                                                         rand_str(rng, B62, 22)))


def sensor_provisioning_sheet(rng):
    lines = ["device_id,dev_eui,join_eui,frequency_plan,app_key"]
    for _ in range(3):
        lines.append("trap-%s,%s,%s,US_902_928_FSB_2,(kept in the network server - not exported)" % (
            hexs(rng, 4), hexs(rng, 16, True), "70B3D57ED" + hexs(rng, 7, True)))
    return "\n".join(lines) + "\n"


def uplink_payload_log(rng):
    payload = base64.b64encode(bytes([rng.randrange(256) for _ in range(6)])).decode()
    return ('{"end_device_ids": {"device_id": "trap-%s", "dev_eui": "%s"}, "uplink_message": '
            '{"f_port": 2, "f_cnt": %d, "frm_payload": "%s", "rx_metadata": [{"rssi": -%d, "snr": %d.%d}]}}\n' % (
                hexs(rng, 4), hexs(rng, 16, True), rng.randint(1, 9000), payload, rng.randint(60, 120),
                rng.randint(0, 9), rng.randint(0, 9)))


def app_crash_breadcrumbs(rng):
    return ("I/RouteSync: GET /v3/routes/today -> 401\nD/Http: Authorization: Bearer [REDACTED]\n"
            "D/Http: X-Gateway-Key: ********%s\nW/RouteSync: token refresh failed (attempt %d)\n" % (
                hexs(rng, 4), rng.randint(1, 5)))


def config_dump_masked(rng):
    return ("STRIPE_SECRET_KEY=sk_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s\nROUTE_DB_PASSWORD=********\n"
            "BAIT_GATEWAY_API_KEY=<hidden %d chars>\nIRRIGATION_WEBHOOK_SECRET=[masked]\n" % (
                rand_str(rng, B62, 4), rng.randint(30, 48)))


def dotenv_example_file(rng):
    return ("# .env.example - copy to .env and fill in\nROUTE_DB_PASSWORD=\nBAIT_GATEWAY_API_KEY=<your-gateway-key>\n"
            "STATE_REPORTING_TOKEN=replace-me\nAERIAL_MEASURE_CLIENT_SECRET=xxxxxxxxxxxxxxxx\nSENTRY_ENV=%s\n" % (
                rng.choice(["dev", "staging", "local"])))


def helm_values_template(rng):
    return ("env:\n  ROUTE_DB_PASSWORD: {{ .Values.secrets.routeDbPassword | quote }}\n"
            "  WEATHER_WEBHOOK_SECRET: ${WEATHER_WEBHOOK_SECRET:?set in CI}\n  BILLING_JWT_KEY: \"%%BILLING_JWT_KEY%%\"\n"
            "replicaCount: %d\n" % rng.randint(1, 4))


def ecs_task_definition_secrets(rng):
    acct = rand_str(rng, DIGITS, 12)
    return ('"secrets": [\n  {"name": "ROUTE_DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:%s:secret:fieldops/route-db-%s"},\n'
            '  {"name": "BAIT_GATEWAY_API_KEY", "valueFrom": "arn:aws:ssm:us-east-2:%s:parameter/fieldops/bait-gateway-key"}\n]\n' % (
                acct, rand_str(rng, B62, 6), acct))


def github_actions_secrets_context(rng):
    return ("    env:\n      STATE_REPORTING_TOKEN: ${{ secrets.STATE_REPORTING_TOKEN }}\n"
            "      NURSERY_SFTP_PASSWORD: op://Fieldops/nursery-sftp/password\n"
            "      MEASURE_CLIENT_SECRET: vault:secret/data/estimator#client_secret\n      RUN_ID: %d\n" % rng.randint(1000, 99999))


def ansible_vault_encrypted_file(rng):
    blob = hexs(rng, 80 * 4)
    lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return "# group_vars/depot/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


def kms_encrypted_env_value(rng):
    blob = "AQICAHh" + base64.b64encode(rand_bytes(rng, 120)).decode()
    return ("# encrypted with aws kms encrypt --key-id alias/fieldops; decrypt at boot\n"
            "ROUTE_DB_PASSWORD_CIPHERTEXT=%s\n" % blob)


def portal_users_table_dump(rng):
    alpha = "./" + UPPER + LOWER + DIGITS
    lines = [" id  | email                          | password_hash"]
    for _ in range(3):
        lines.append(" %-3d | %-30s | $2b$12$%s" % (rng.randint(1, 999), "customer%d@example.com" % rng.randint(1, 9999),
                                                  rand_str(rng, alpha, 53)))
    return "\n".join(lines) + "\n"


def argon2id_hash_config(rng):
    salt = base64.b64encode(rand_bytes(rng, 16)).decode().rstrip("=")
    h = base64.b64encode(rand_bytes(rng, 32)).decode().rstrip("=")
    return "# staff kiosk PIN hash (argon2id)\nkiosk_exit_pin_hash: \"$argon2id$v=19$m=65536,t=3,p=4$%s$%s\"\n" % (salt, h)


def password_reset_request_chat(rng):
    return ("%s: I got locked out of the state pesticide portal again\n%s: use the reset link, don't post the new "
            "password in here\n%s: ok, reset done, it's in the office vault under 'PUR portal'\n" % (
                rng.choice(TECHS), rng.choice(TECHS), rng.choice(TECHS)))


def onboarding_checklist_paragraph(rng):
    return ("New technician checklist, step %d: pick a tablet kiosk password of at least 12 characters, never write it "
            "on the dash, and ask the office manager to store it in the vault. Passwords are rotated every %d days.\n" % (
                rng.randint(3, 9), rng.choice([60, 90, 180])))


def api_docs_curl_example(rng):
    return ("curl https://api.routing-vendor.example/v2/optimize \\\n  -H \"Authorization: Bearer YOUR_API_KEY\" \\\n"
            "  -d @stops.json    # replace YOUR_API_KEY with the key from Settings > API (%d stops max)\n" % rng.choice([500, 1000, 2000]))


def sdk_readme_quickstart(rng):
    return ("```python\nclient = FieldOpsClient(api_key=\"<API_TOKEN>\", tenant=\"00000000-0000-0000-0000-000000000000\")\n"
            "client.jobs.list(limit=%d)\n```\nUse sk_test_XXXXXXXXXXXXXXXXXXXXXXXX while testing.\n" % rng.randint(10, 100))


CLASSES = [
    ("epa_registration_and_establishment_numbers", [product_label_panel_excerpt, chemical_inventory_csv]),
    ("applicator_license_and_permit_numbers", [technician_certification_roster, restricted_use_permit_record]),
    ("bait_station_and_trap_barcodes", [station_scan_log, trap_map_export_json]),
    ("irrigation_controller_serials_and_macs", [controller_inventory_table, dhcp_lease_listing]),
    ("service_route_and_work_order_numbers", [daily_route_sheet, invoice_reference_email]),
    ("wdi_inspection_report_identifiers", [npma33_report_header, termite_bait_install_certificate]),
    ("nursery_plant_upc_and_lot_tags", [availability_list_csv, plant_tag_print_job]),
    ("truck_vins_and_tablet_imeis", [fleet_register_rows, tablet_mdm_device_export]),
    ("label_and_firmware_file_digests", [sha256sums_label_library, firmware_release_manifest]),
    ("customer_portal_publishable_keys", [portal_checkout_snippet, mobile_app_public_config]),
    ("lorawan_device_and_join_euis", [sensor_provisioning_sheet, uplink_payload_log]),
    ("redacted_tokens_in_technician_app_logs", [app_crash_breadcrumbs, config_dump_masked]),
    ("placeholder_values_in_lawn_config_samples", [dotenv_example_file, helm_values_template]),
    ("secret_manager_references_in_deploy_files", [ecs_task_definition_secrets, github_actions_secrets_context]),
    ("ansible_vault_and_kms_ciphertext", [ansible_vault_encrypted_file, kms_encrypted_env_value]),
    ("bcrypt_and_argon2_password_hashes", [portal_users_table_dump, argon2id_hash_config]),
    ("crew_chat_about_passwords_without_values", [password_reset_request_chat, onboarding_checklist_paragraph]),
    ("vendor_api_docs_dummy_keys", [api_docs_curl_example, sdk_readme_quickstart]),
]

WRAPPERS = [
    ("in_crew_ops_teams_thread", "[Teams - #crew-ops] Dana R. pasted:\n", "\nDana R.: is any of this sensitive?\n"),
    ("in_pest_vendor_support_case", "Support case #%d - attachment text follows\n---\n", "---\nPlease advise.\n"),
    ("in_field_service_notion_page", "## Reference (Field Service wiki)\n\n", "\n_Last edited by the office manager_\n"),
    ("in_lawn_app_gitlab_mr_note", "MR !%d note on the diff:\n> ", "\nLooks fine to merge, nothing secret here.\n"),
    ("in_route_ops_email_digest", "Route Ops daily digest\n\n", "\n-- sent automatically, do not reply\n"),
]


def generate(forbidden, start_id):
    """forbidden: strings (positive values, plains, runs) no negative may contain."""
    rng = random.Random(SEED)
    out = []
    n = start_id
    seen = set()
    for cls, kinds in CLASSES:
        for fn in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    if w is None:
                        text, container = body, fn.__name__
                    else:
                        head = w[1] % rng.randint(1000, 99999) if "%d" in w[1] else w[1]
                        text, container = head + body + w[2], fn.__name__ + "__" + w[0]
                    if text not in seen and not any(f in text for f in forbidden):
                        break
                else:
                    raise RuntimeError("could not draw a clean negative for " + cls)
                seen.add(text)
                out.append({"id": "p167-n-%04d" % n, "class": cls, "container": container, "text": text,
                            "source": "negative"})
                n += 1
    return out
