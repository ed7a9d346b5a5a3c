"""Hard negatives of the locksmith world: texts that look sensitive but hold no secret."""
import hashlib
import json
import random

from common170 import (ALNUM, B62, HEXL, HEXU, DIGITS, LOWER, UPPER, B64URL, rs, rbytes, b64, b64url, uuid4,
                       vin, gs1_check)

SEED = 17006

BLANKS = [("1145", "SC1"), ("1175N", "KW1"), ("1054WB", "Y1"), ("1001EH", "M1"), ("1092NR", "AR1"),
          ("1641", "L4"), ("1003M", "S22"), ("B102", "HU100"), ("X241", "HU66"), ("1183", "WK2")]


def k_blank_xref(r):
    rows = ["ilco,oem_keyway,pins,finish,notes"]
    for ilco, kw in r.sample(BLANKS, 5):
        rows.append(f"{ilco},{kw},{r.choice([5, 6, 7])},{r.choice(['nickel', 'brass'])},bin {r.randint(1, 40)}")
    return "\n".join(rows) + "\n"


def k_keyway_ocr(r):
    ilco, kw = r.choice(BLANKS)
    return (f"KEYWAY CATALOGUE  p.{r.randint(10, 300)}\nProfile {kw}   Blank {ilco}   Cuts {r.choice([5, 6])}   "
            f"MACS {r.choice([4, 5, 7])}   Depth increment .0{r.randint(12, 25)}\nSee also {r.choice(BLANKS)[0]}\n")


def k_keying_summary(r):
    return (f"Project 24-{r.randint(100, 999)}  Building 4 - keying schedule summary\nGMK\n  MK A  -> AA1 .. AA{r.randint(6, 20)}\n"
            f"  MK B  -> AB1 .. AB{r.randint(6, 20)}\nKeyway {r.choice(BLANKS)[1]}   Cylinders {r.randint(40, 300)}   "
            "(bittings live only in the encrypted keying file, not in this summary)\n")


def k_door_schedule(r):
    rows = ["door | hw_set | keyed | lock | ic_core"]
    for _ in range(4):
        rows.append(f"{r.randint(100, 450)} | {r.randint(1, 12)} | A{r.choice('ABCD')}{r.randint(1, 20)} | "
                    f"{r.choice(['L9080', 'ND80', 'CL3357', 'M9050'])} | {r.choice(['yes', 'no'])}")
    return "\n".join(rows) + "\n"


def k_packing_list(r):
    a = r.randint(10**6, 9 * 10**6)
    return (f"PACKING LIST  PO 4471-{r.randint(10000, 99999)}\nLine 1  SFIC core 7-pin  qty 24  serials C7-{a:07d} .. C7-{a + 23:07d}\n"
            f"Line 2  mortise cylinder 1-1/8  qty 12  lot {rs(r, UPPER, 2)}{r.randint(1000, 9999)}\n")


def k_warranty(r):
    return (f"Thank you for registering your lock.\nSerial: {rs(r, UPPER, 3)}{rs(r, DIGITS, 9)}\nModel: "
            f"{r.choice(['SmartKey 916', 'Sense BE479', 'Assure SL', 'Level Bolt'])}\nRegistration ID: REG-{rs(r, UPPER + DIGITS, 10)}\n")


def k_safe_visit(r):
    return (f"Safe serial: {rs(r, UPPER, 2)}{rs(r, DIGITS, 7)} | Rating TL-{r.choice([15, 30])} | Lock: group 2 mechanical | "
            f"Work order SW-{r.randint(10000, 99999)} | Tech 07\nCombination changed at the customer's request; the new "
            "combination was handed to the customer only and is not recorded here.\n")


def k_safe_audit(r):
    rows = ["timestamp,user_slot,event,result"]
    for _ in range(4):
        rows.append(f"2025-03-{r.randint(1, 28):02d} {r.randint(6, 22):02d}:{r.randint(0, 59):02d},"
                    f"user {r.randint(1, 9):02d},{r.choice(['open', 'close', 'code change', 'time delay start'])},ok")
    return "\n".join(rows) + "\n"


def k_auto_job(r):
    return (f"AUTO KEY JOB AK-{r.randint(10000, 99999)}\nVIN {vin(r, r.choice(['1FT', 'WVW', '5YJ', '2T1', '1HG']))}\n"
            f"Remote FCC ID {rs(r, UPPER, 3)}{rs(r, UPPER + DIGITS, 5)}\nChip ID46 / PCF7936   Blade HU{r.randint(60, 110)}\n")


def k_immo_log(r):
    return (f"[2025-03-{r.randint(1, 28):02d} {r.randint(8, 18)}:{r.randint(10, 59)}] read VIN {vin(r, r.choice(['JTD', 'KMH', '3VW']))}; "
            f"immo type {r.choice(['CAS4', 'BSI', 'PATS', 'Smart Key 2'])}; keys learned 2; job ref AK-{r.randint(10000, 99999)}\n")


def k_osdp_scan(r):
    rows = []
    for a in r.sample(range(0, 127), 3):
        rows.append(f"addr 0x{a:02X}  vendor {rs(r, HEXU, 6)}  model {r.randint(1, 40)}  serial {rs(r, HEXU, 8)}  fw 1.{r.randint(0, 9)}.{r.randint(0, 30)}")
    return "OSDP bus scan /dev/ttyS2 @ 9600\n" + "\n".join(rows) + "\n"


def k_door_events(r):
    rows = []
    for _ in range(3):
        rows.append(f"evt={r.randint(10**5, 10**6)} door=D{r.randint(1, 120):03d} reader=R{r.randint(1, 40):02d} "
                    f"result={r.choice(['GRANTED', 'DENIED_SCHEDULE', 'DOOR_FORCED'])} user_id={r.randint(100, 9999)}")
    return "\n".join(rows) + "\n"


def k_encoder_issue(r):
    return (f"ENC02 issued {r.randint(1, 3)} cards  room {r.randint(101, 1450)}  folio F{r.randint(10**6, 10**7)}  "
            f"checkout 2025-03-{r.randint(1, 28):02d} 11:00  operator nightaudit  batch {rs(r, HEXU, 6)}\n")


def k_folio_rows(r):
    rows = ["folio,room,arrival,departure,cards_issued"]
    for _ in range(3):
        rows.append(f"F{r.randint(10**6, 10**7)},{r.randint(101, 1450)},2025-03-{r.randint(1, 14):02d},2025-03-{r.randint(15, 28):02d},{r.randint(1, 4)}")
    return "\n".join(rows) + "\n"


def k_lockout_call(r):
    return (f"Call {rs(r, UPPER, 2)}-{r.randint(100000, 999999)} | auto lockout | motor club PO {r.randint(10**8, 10**9)} | "
            f"ETA 35 min | tech van 3 | plate {rs(r, UPPER, 3)}{rs(r, DIGITS, 4)}\n")


def k_po_email(r):
    return (f"Purchase order: {r.randint(10**8, 10**9)}\nDispatch ID: {rs(r, UPPER + DIGITS, 12)}\nService: vehicle lockout\n"
            "Authorised amount: $95.00\nPlease quote the PO on your invoice.\n")


def k_fw_manifest(r):
    files = []
    for name in ["cutter-fw-4.2.1.bin", "jaw-profiles-2025Q1.dat", "bootloader-1.9.bin"]:
        data = rbytes(r, 64)
        files.append({"file": name, "sha256": hashlib.sha256(data).hexdigest(), "size": r.randint(10**5, 10**7)})
    return json.dumps({"release": "4.2.1", "files": files}, indent=2) + "\n"


def k_sha1sums(r):
    rows = []
    for name in ["codes_series_A.db", "codes_series_B.db", "blank_xref.csv"]:
        rows.append(hashlib.sha1(rbytes(r, 48)).hexdigest() + "  " + name)
    return "\n".join(rows) + "\n"


def k_booking_html(r):
    mid = b64url(json.dumps({"u": "keyworks", "a": "cl" + rs(r, LOWER + DIGITS, 23)}, separators=(",", ":")).encode())
    return (f"<script src=\"https://js.stripe.com/v3\"></script>\n<script>\n  const stripe = Stripe('pk_live_{rs(r, B62, 99)}');\n"
            f"  mapboxgl.accessToken = 'pk.{mid}.{rs(r, B64URL, 22)}';\n</script>\n")


def k_public_runtime(r):
    cfg = {"sentryDsn": f"https://{rs(r, HEXL, 32)}@o{r.randint(10**5, 10**6)}.ingest.us.sentry.io/{r.randint(10**6, 10**7)}",
           "posthogKey": "phc_" + rs(r, ALNUM, 43), "algoliaAppId": rs(r, UPPER + DIGITS, 10),
           "algoliaSearchOnlyKey": rs(r, HEXL, 32)}
    return "// public runtime config shipped inside the tech app bundle\n" + json.dumps(cfg, indent=2) + "\n"


def k_bridge_dump(r):
    return (f"== bridge diagnostics ==\nfirmware 4.2.1\nsmart_lock_api_key=slck_live_{'*' * 28}{rs(r, ALNUM, 4)}\n"
            f"webhook_secret=[REDACTED]\nosdp_scbk=<hidden 32 chars>\nuptime {r.randint(1, 900)}h\n")


def k_settings_ocr(r):
    return (f"Invoicing integration\nClient ID   {uuid4(r)}\nClient secret   {'•' * 12}{rs(r, ALNUM, 4)}   [Show]\n"
            "Status: connected\n")


def k_quickstart(r):
    return ("curl https://api.lockbox.example/v2/boxes \\\n  -H \"Authorization: Bearer <YOUR_LOCKBOX_TOKEN>\" \\\n"
            f"  -d box_id=LBX-{r.randint(1000, 9999)}\n")


def k_env_template(r):
    return ("# copy to .env and fill in\nKEYING_CHART_DB_PASSWORD=\nSMART_LOCK_API_KEY=slck_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            f"LOCKBOX_WEBHOOK_SECRET=${{LOCKBOX_WEBHOOK_SECRET:?set me}}\nDISPATCH_REGION=us-{r.choice(['east', 'west'])}\n")


def k_external_secret(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: invoicing\nspec:\n"
            "  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }\n  data:\n    - secretKey: client_secret\n"
            f"      remoteRef:\n        key: prod/dispatch/invoicing-{r.randint(1, 9)}\n        property: client_secret\n")


def k_keyvault_ref(r):
    return ("{\n  \"EncoderOperatorPassword\": \"@Microsoft.KeyVault(SecretUri=https://kv-lockshop.vault.azure.net/secrets/"
            f"EncoderOperatorPassword/{rs(r, HEXL, 32)})\",\n  \"Region\": \"eastus2\"\n}}\n")


def k_sops(r):
    enc = f"ENC[AES256_GCM,data:{b64(rbytes(r, 24))},iv:{b64(rbytes(r, 32))},tag:{b64(rbytes(r, 16))},type:str]"
    return (f"keying_chart_db_password: {enc}\nsops:\n  kms:\n    - arn: arn:aws:kms:us-east-2:{rs(r, DIGITS, 12)}:key/{uuid4(r)}\n"
            f"  lastmodified: \"2025-03-{r.randint(1, 28):02d}T10:11:12Z\"\n  mac: ENC[AES256_GCM,data:{b64(rbytes(r, 32))},iv:{b64(rbytes(r, 32))},tag:{b64(rbytes(r, 16))},type:str]\n  version: 3.9.1\n")


def k_sealed(r):
    blob = b64(bytes([2, 0]) + rbytes(r, 280))
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: lockbox-gw\n  namespace: lockbox\nspec:\n"
            f"  encryptedData:\n    webhook-secret: {blob}\n")


def k_pbkdf2(r):
    rows = ["username,password,last_login"]
    for u in r.sample(["ruth", "tech07", "dale", "priya", "marco"], 3):
        rows.append(f"{u},pbkdf2_sha256$870000${rs(r, ALNUM, 22)}${b64(rbytes(r, 32))},2025-03-{r.randint(1, 28):02d}")
    return "\n".join(rows) + "\n"


def k_apr1(r):
    al = "./" + DIGITS + UPPER + LOWER
    return "\n".join(f"{u}:$apr1${rs(r, al, 8)}${rs(r, al, 22)}" for u in r.sample(["tech07", "dale", "priya", "lena"], 3)) + "\n"


def k_sms_thread(r):
    return (f"Customer ({r.randint(200, 999)}) 555-01{r.randint(10, 99)}: can you text me the new keypad code?\n"
            "Keyworks: Sorry, we never send codes by text - I'll set it with you in person when the tech arrives.\n"
            "Customer: ok, and the old code is dead now?\nKeyworks: Yes, it was wiped when we re-keyed the lockbox.\n")


def k_onboarding(r):
    return ("Security basics for new techs: never write a safe combination or lockbox code on a work order, "
            "never read a password out over the radio, and change the default installer password of every panel "
            f"before you leave site. Ask Ruth for vault access on day {r.randint(1, 3)}.\n")


def k_gateway_log(r):
    rows = []
    for _ in range(3):
        rows.append(f"{r.randint(10, 200)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} - - \"GET /v1/jobs/{r.randint(1000, 99999)} HTTP/1.1\" 200 "
                    f"{r.randint(200, 9000)} req_id={uuid4(r)} trace={rs(r, HEXL, 32)} span={rs(r, HEXL, 16)}")
    return "\n".join(rows) + "\n"


def k_webhook_receipt(r):
    return json.dumps({"delivery_id": uuid4(r), "event": "lockbox.opened", "attempt": 1,
                       "signature_header": f"t={1760000000 + r.randint(0, 10**7)},v1={rs(r, HEXL, 64)}",
                       "status": 200}, indent=2) + "\n"


def _upc(r):
    b = "0" + rs(r, DIGITS, 10)
    return b + gs1_check(b)


def _ean(r):
    b = r.choice(["400", "501", "871", "300"]) + rs(r, DIGITS, 9)
    return b + gs1_check(b)


def k_shelf_scan(r):
    return "\n".join(f"SCAN {_upc(r)}  {r.choice(['KW1 blank 10pk', 'SC1 blank 10pk', 'rekey kit', 'padlock 40mm'])}  qty {r.randint(1, 9)}"
                     for _ in range(3)) + "\n"


def k_distributor_invoice(r):
    return "\n".join(f"{_ean(r)} | SKU {rs(r, UPPER, 3)}-{r.randint(100, 999)} | {r.choice(['mortise cyl', 'IC core', 'padlock', 'blank box'])} | {r.randint(1, 50)} x ${r.randint(3, 90)}.{r.randint(0, 99):02d}"
                     for _ in range(3)) + "\n"


CLASSES = [
    ("keyway_profiles_and_key_blank_references", [("key_blank_cross_reference_csv", k_blank_xref), ("keyway_catalogue_page_ocr", k_keyway_ocr)],
     "key blank numbers, keyways, pin counts (public catalogue data)"),
    ("master_key_hierarchy_designations", [("keying_schedule_summary", k_keying_summary), ("door_hardware_schedule_rows", k_door_schedule)],
     "GMK / MK / change-key designations and door numbers, no bittings"),
    ("cylinder_and_lock_serial_numbers", [("cylinder_shipment_packing_list", k_packing_list), ("lock_warranty_registration_email", k_warranty)],
     "cylinder / core serials, lots, registration ids"),
    ("safe_lock_and_container_serials", [("safe_service_visit_summary", k_safe_visit), ("electronic_safe_lock_audit_export", k_safe_audit)],
     "safe serials, ratings, work orders, audit events (no combination)"),
    ("vehicle_vin_and_remote_fcc_identifiers", [("auto_key_job_sheet", k_auto_job), ("immobiliser_tool_vehicle_history_log", k_immo_log)],
     "VINs with real check digit, FCC ids, chip and blade types"),
    ("access_panel_door_and_reader_addresses", [("osdp_reader_bus_scan", k_osdp_scan), ("door_controller_event_log", k_door_events)],
     "OSDP addresses, reader serials, door / event / user ids"),
    ("hotel_encoder_room_and_folio_numbers", [("encoder_station_issue_log", k_encoder_issue), ("pms_folio_export_rows", k_folio_rows)],
     "rooms, folios, batch ids of card encoders"),
    ("dispatch_job_and_roadside_po_numbers", [("lockout_call_ticket_summary", k_lockout_call), ("motor_club_purchase_order_email", k_po_email)],
     "call numbers, motor-club POs, dispatch ids, plates"),
    ("firmware_and_code_database_checksums", [("key_machine_firmware_manifest", k_fw_manifest), ("code_book_update_sha1sums", k_sha1sums)],
     "real SHA-256 / SHA-1 digests of random bytes"),
    ("publishable_keys_in_booking_widgets", [("locksmith_booking_page_html", k_booking_html), ("mobile_app_public_runtime_config", k_public_runtime)],
     "Stripe `pk_live_`, Mapbox `pk.` (real base64url JSON), Sentry DSN public key, PostHog `phc_`, Algolia search-only key"),
    ("masked_values_in_lock_app_support_bundles", [("smart_lock_bridge_diagnostics_dump", k_bridge_dump), ("dispatch_settings_screenshot_ocr", k_settings_ocr)],
     "masked values with at most a four-character tail, `[REDACTED]`, `<hidden N chars>`"),
    ("placeholders_in_integration_quickstarts", [("lockbox_api_quickstart_snippet", k_quickstart), ("dotenv_template_for_dispatch", k_env_template)],
     "`<YOUR_LOCKBOX_TOKEN>`, empty values, `xxxx…`, `${…:?set me}`"),
    ("secret_store_pointers_in_lockshop_deploys", [("kubernetes_external_secret_manifest", k_external_secret), ("azure_key_vault_reference_settings", k_keyvault_ref)],
     "ExternalSecret remote refs and Key Vault references"),
    ("sops_and_sealed_secret_ciphertext", [("sops_encrypted_secrets_file", k_sops), ("sealed_secret_encrypted_data", k_sealed)],
     "SOPS `ENC[AES256_GCM,…]` values and SealedSecret `encryptedData` (ciphertext)"),
    ("django_and_apr1_password_hash_exports", [("staff_accounts_pbkdf2_export", k_pbkdf2), ("htpasswd_apr1_file", k_apr1)],
     "Django `pbkdf2_sha256$…` and Apache `$apr1$…` hashes (one-way)"),
    ("lockout_chat_about_codes_without_values", [("customer_lockout_sms_thread", k_sms_thread), ("tech_onboarding_security_paragraph", k_onboarding)],
     "talk about codes and passwords without any value"),
    ("request_trace_and_correlation_ids", [("api_gateway_access_log", k_gateway_log), ("webhook_delivery_receipt_json", k_webhook_receipt)],
     "request UUIDs, trace / span ids, a webhook HMAC signature output"),
    ("gtin_barcodes_on_lock_hardware_packaging", [("retail_shelf_label_scan", k_shelf_scan), ("distributor_invoice_line_items", k_distributor_invoice)],
     "UPC-A / EAN-13 with real GS1 check digits"),
]

WRAPPERS = {
    "in_lockshop_teams_thread": lambda t, r: f"Teams - #keying-desk\nLena Hart {r.randint(8, 17)}:{r.randint(10, 59)}\n{t}Ruth {r.randint(8, 17)}:{r.randint(10, 59)}\nthanks, filed it\n",
    "in_dispatch_helpdesk_ticket": lambda t, r: f"Helpdesk ticket #{r.randint(1000, 9999)}\nDescription:\n{t}--\nStatus: open  Priority: low\n",
    "in_keying_confluence_page": lambda t, r: f"Confluence > Keying > Reference\n\n{t}\nLast updated by Ruth, {r.randint(2, 28)} Mar 2025\n",
    "in_shop_owner_mail_forward": lambda t, r: f"---------- Forwarded message ---------\nFrom: office@keyworks.example\nSubject: FYI\n\n{t}",
    "in_lock_app_pr_review_comment": lambda t, r: f"Review comment on config/sample.txt (line {r.randint(3, 80)}):\n```\n{t}```\nNothing sensitive here, fine to merge.\n",
}


def generate(reg_items, start_id):
    r = random.Random(SEED)
    out = []
    n = start_id
    for cls, kinds, _note in CLASSES:
        for kind, fn in kinds:
            for wrap in [None] + list(WRAPPERS):
                for _ in range(50):
                    t = fn(r)
                    if wrap:
                        t = WRAPPERS[wrap](t, r)
                    if not any(v in t for v in reg_items):
                        break
                else:
                    raise RuntimeError("negative keeps hitting a positive value")
                out.append({"id": f"p170-n-{n:04d}", "class": cls, "container": kind if wrap is None else f"{kind}__{wrap}",
                            "text": t, "source": "negative"})
                n += 1
    return out
