"""Hard negatives of the window-cleaning world: texts with no secret in them."""
import base64
import hashlib
import hmac
import json
import random

from common198 import (SEED_NEGATIVE, ALNUM, B62, HEX, UPPER, DIGITS, LOWER, rs, rbytes, uuid4,
                       b64u_nopad, luhn_digit, vin_check_digit, user, host, ip)

UHEX = "0123456789ABCDEF"
UALNUM = UPPER + DIGITS
W3W = ["ladder", "bucket", "shiny", "window", "gutter", "rinse", "table", "lamp", "orange", "river",
       "mouse", "quiet", "brick", "stone", "cloud", "paper", "frame", "sweet", "track", "grass"]
STREETS = ["Elm Rd", "Mill Lane", "Church St", "Park View", "Station Rd", "Ash Grove", "Kings Ave"]


def gc_id(r, pre):
    return pre + rs(r, UALNUM, 12)


def luhn_num(r, body_len, prefix=""):
    body = prefix + rs(r, DIGITS, body_len - len(prefix))
    return body + luhn_digit(body)


def vin(r):
    wmi = r.choice(["WF0", "VF1", "WV1", "SAJ", "TMB", "VSS"])
    vds = rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 5)
    vis = rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 8)
    v = wmi + vds + "0" + vis
    return v[:8] + vin_check_digit(v) + v[9:]


def plate(r):
    return rs(r, "ABCDEFGHJKLMNOPRSTUVWXY", 2) + str(r.choice([19, 20, 21, 22, 23, 24, 69, 70, 71, 72, 73])) + " " + rs(r, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3)


# ---- base kinds: each returns a text ----------------------------------------------------
def k_dd_run_export_csv(r):
    rows = ["customer_id,mandate_id,payment_id,amount_gbp,charge_date,status"]
    for _ in range(4):
        rows.append("%s,%s,%s,%d.%02d,2024-11-%02d,confirmed" % (gc_id(r, "CU"), gc_id(r, "MD"), gc_id(r, "PM"),
                                                                r.randint(8, 60), r.choice([0, 50]), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_mandate_event_body_json(r):
    ev = {"events": [{"id": gc_id(r, "EV"), "created_at": "2024-11-12T09:14:03.000Z", "resource_type": "mandates",
                      "action": "active", "links": {"mandate": gc_id(r, "MD"), "customer": gc_id(r, "CU")}}]}
    return "POST /hooks/gocardless  (body only, headers trimmed)\n" + json.dumps(ev, indent=2) + "\n"


def k_invoice_batch_txt(r):
    lines = ["INVOICE BATCH %s  (10-digit numbers, last digit Luhn)" % ("2024-W%02d" % r.randint(1, 52))]
    for _ in range(5):
        lines.append("INV %s  %s %d  £%d.00" % (luhn_num(r, 9, "40"), r.choice(STREETS), r.randint(1, 150), r.randint(10, 45)))
    return "\n".join(lines) + "\n"


def k_cashbook_reconciliation_csv(r):
    rows = ["invoice_no,paid_by,amount,ref"]
    for _ in range(4):
        rows.append("%s,%s,%d.00,%s" % (luhn_num(r, 9, "40"), r.choice(["cash", "bacs", "dd", "card"]), r.randint(10, 45), "RND" + rs(r, DIGITS, 6)))
    return "\n".join(rows) + "\n"


def k_fleet_register_csv(r):
    rows = ["van,reg,vin,tank_litres,next_mot"]
    for i in range(3):
        rows.append("van%d,%s,%s,%d,2025-0%d-1%d" % (i + 1, plate(r), vin(r), r.choice([400, 500, 650]), r.randint(1, 9), r.randint(0, 9)))
    return "\n".join(rows) + "\n"


def k_mot_reminder_email(r):
    return ("Subject: MOT due - %s\n\nVehicle: Ford Transit Custom\nVIN: %s\nRegistration: %s\n"
            "Your MOT is due on 14/03/2025. Book at any test centre.\n") % (plate(r), vin(r), plate(r))


def k_chirpstack_device_list(r):
    lines = ["NAME        DEV EUI            JOIN EUI           LAST SEEN"]
    for i in range(3):
        lines.append("tank-van%d   %s   %s   2024-11-12 07:%02d" % (i + 1, rbytes(r, 8).hex(), "70b3d57ed00" + rs(r, HEX, 5), r.randint(0, 59)))
    return "\n".join(lines) + "\n"


def k_tank_sensor_label_ocr(r):
    return ("ULTRASONIC LEVEL SENSOR LDS-%d\nDevEUI: %s\nAppEUI: %s\nFreq: EU868  Class A\nS/N %s\n" %
            (r.randint(100, 999), rbytes(r, 8).hex().upper(), rbytes(r, 8).hex().upper(), rs(r, UALNUM, 10)))


def k_mdm_device_inventory_csv(r):
    rows = ["device,model,imei,iccid,assigned_to"]
    for i in range(3):
        rows.append("route-tab-%02d,Galaxy Tab Active4,%s,%s,%s" % (i + 1, luhn_num(r, 14, "35"), luhn_num(r, 18, "8944"), user(r)))
    return "\n".join(rows) + "\n"


def k_sim_order_confirmation(r):
    return ("Order %s confirmed.\nSIM 1 ICCID %s\nSIM 2 ICCID %s\nActivate in the portal; no PIN is needed for data-only SIMs.\n" %
            (rs(r, DIGITS, 8), luhn_num(r, 18, "8944"), luhn_num(r, 18, "8944")))


def k_photo_upload_manifest_json(r):
    items = []
    for i in range(3):
        blob = rbytes(r, 64)
        items.append({"job": "J%06d" % r.randint(1, 999999), "file": "IMG_%04d.jpg" % r.randint(1000, 9999),
                      "kind": r.choice(["before", "after"]), "sha1": hashlib.sha1(blob).hexdigest(),
                      "etag": hashlib.md5(blob).hexdigest()})
    return json.dumps({"batch": uuid4(r), "photos": items}, indent=2) + "\n"


def k_dedupe_log(r):
    lines = []
    for _ in range(3):
        blob = rbytes(r, 48)
        lines.append("dedupe: skip %s (sha256 %s already stored)" % ("IMG_%04d.jpg" % r.randint(1000, 9999), hashlib.sha256(blob).hexdigest()))
    return "\n".join(lines) + "\n"


def k_ladder_inspection_register_csv(r):
    rows = ["asset,serial,type,en131_class,last_check,result"]
    for i in range(4):
        rows.append("L%02d,%s,%s,professional,2024-10-%02d,pass" % (i + 1, rs(r, UALNUM, 4) + "-" + rs(r, DIGITS, 6),
                                                                   r.choice(["triple extension", "roof ladder", "stepladder"]), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_nfc_tag_scan_log(r):
    lines = []
    for _ in range(4):
        lines.append("scan tag uid=%s asset=H%02d (harness) inspector=%s ok" % (":".join("%02X" % b for b in rbytes(r, 7)), r.randint(1, 20), user(r)))
    return "\n".join(lines) + "\n"


def k_round_stop_list_txt(r):
    lines = []
    for i in range(4):
        lines.append("%d. %s %d  ///%s.%s.%s  UPRN %s" % (i + 1, r.choice(STREETS), r.randint(1, 120), r.choice(W3W), r.choice(W3W), r.choice(W3W), rs(r, DIGITS, 12)))
    return "\n".join(lines) + "\n"


def k_territory_boundary_geojson(r):
    feat = {"type": "Feature", "properties": {"territory": "LS17", "grid_ref": "SE %05d %05d" % (r.randint(0, 99999), r.randint(0, 99999)),
                                                "franchise_no": "FR-%04d" % r.randint(1, 9999)},
            "geometry": {"type": "Point", "coordinates": [round(-1.5 - r.random() / 10, 5), round(53.8 + r.random() / 10, 5)]}}
    return json.dumps(feat, indent=2) + "\n"


def mapbox_pk(r):
    body = b64u_nopad(json.dumps({"u": "brightpane", "a": rs(r, LOWER + DIGITS, 25)}, separators=(",", ":")).encode())
    return "pk." + body + "." + rs(r, ALNUM + "-_", 22)


def k_quote_widget_html_embed(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  mapboxgl.accessToken = '%s';\n</script>\n") % (rs(r, ALNUM, 97), mapbox_pk(r))


def k_booking_page_public_env(r):
    return ("# public, shipped to the browser\nNEXT_PUBLIC_POSTHOG_KEY=phc_%s\nNEXT_PUBLIC_SENTRY_DSN=https://%s@o%d.ingest.sentry.io/%d\n"
            "NEXT_PUBLIC_MAPS_BROWSER_KEY=AIza%s   # HTTP-referrer restricted to brightpane.example\n") % (
        rs(r, ALNUM, 43), rs(r, HEX, 32), r.randint(100000, 999999), r.randint(1000000, 9999999), rs(r, ALNUM + "-_", 35))


def k_franchise_setup_readme_md(r):
    return ("## Configure the integrations\n\n1. Put your direct-debit webhook secret in `DD_WEBHOOK_SECRET` (it looks like `ddw1_<43 base64url characters>`).\n"
            "2. `QUOTE_API_TOKEN=wcq_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`\n3. `LORAWAN_APP_KEY=<your-lorawan-appkey>`\n"
            "4. `SMS_REMINDER_TOKEN=smsr-xxxxxxxx-` followed by your token\n")


def k_env_template_file(r):
    return ("# .env.example - copy to .env and fill in\nROUND_PLANNER_ADMIN_PASSWORD=\nCASHBOOK_DB_PASSWORD=CHANGE_ME\n"
            "LORAWAN_APP_KEY=00000000000000000000000000000000\nSMS_REMINDER_TOKEN=${SMS_REMINDER_TOKEN:?set it in the vault}\n"
            "PHOTO_BUCKET_SECRET_KEY=your-secret-key-here\n")


def k_route_app_debug_log(r):
    return ("D/RouteSync: auth header = Bearer eyJ***\nD/RouteSync: sms token = smsr-****-****%s\nD/RouteSync: db password = [FILTERED]\n"
            "D/RouteSync: lorawan app key = ********************************\n") % rs(r, ALNUM, 4)


def k_ci_job_log_masked(r):
    return ("$ ./deploy.sh\nUsing DD_WEBHOOK_SECRET=***\nUsing QUOTE_API_TOKEN=wcq_••••••••%s\nphoto bucket key: <redacted>\nDeploy %s done.\n") % (
        rs(r, B62, 4), rs(r, HEX, 7))


def k_docker_compose_secrets_block(r):
    return ("services:\n  cashbook:\n    secrets:\n      - cashbook_db_password\n    environment:\n"
            "      CASHBOOK_DB_PASSWORD_FILE: /run/secrets/cashbook_db_password\nsecrets:\n  cashbook_db_password:\n    external: true\n")


def k_pointer_refs_env(r):
    return ("ROUND_PLANNER_ADMIN_PASSWORD=op://Rounds/planner-admin/password\nDD_WEBHOOK_SECRET=${{ secrets.DD_WEBHOOK_SECRET }}\n"
            "PHOTO_BUCKET_SECRET_KEY=arn:aws:secretsmanager:eu-west-2:%s:secret:photos/bucket-%s\n"
            "SMS_REMINDER_TOKEN=projects/%d/secrets/sms-reminder-token/versions/latest\n") % (rs(r, DIGITS, 12), rs(r, ALNUM, 6), r.randint(100000000, 999999999))


def k_encrypted_backup_note(r):
    body = base64.b64encode(b"age-encryption.org/v1\n-> X25519 " + rbytes(r, 120)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "cashbook-2024-11.sql.age (armored):\n-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n"


def k_sealed_secrets_yaml(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: rounds-app\nspec:\n  encryptedData:\n"
            "    DD_WEBHOOK_SECRET: %s\n") % base64.b64encode(rbytes(r, 300)).decode()


def k_crew_table_sql_dump(r):
    rows = []
    for _ in range(3):
        rows.append("(%d, '%s', '$2b$12$%s')" % (r.randint(1, 99), user(r), rs(r, ALNUM + "./", 53)))
    return "INSERT INTO crew (id, login, pw_hash) VALUES\n" + ",\n".join(rows) + ";\n"


def k_shadow_file_excerpt(r):
    return "%s:$6$%s$%s:19940:0:99999:7:::\nnobody:*:19940:0:99999:7:::\n" % (user(r), rs(r, ALNUM + "./", 16), rs(r, ALNUM + "./", 86))


def k_crew_handbook_it_section(r):
    return ("7. Passwords\nUse a long passphrase for the round planner and never reuse your cash-book password. "
            "Do not write passwords on the van whiteboard or send them in the crew group; use the password manager share instead. "
            "If you think a password has leaked, tell the office and we will rotate it the same day.\n")


def k_toolbox_talk_minutes(r):
    return ("Toolbox talk %s - ladders, harness, IT\n- Ladder tags checked, two harnesses out of date.\n"
            "- Reminder: the tank gateway password changed on Monday; ask %s for it in person, not by text.\n"
            "- Nobody shares their phone PIN.\n") % ("2024-11-%02d" % r.randint(1, 28), user(r))


def k_webhook_delivery_log(r):
    body = json.dumps({"event": "payment.confirmed", "id": gc_id(r, "PM")})
    sig = hmac.new(rbytes(r, 32), body.encode(), hashlib.sha256).hexdigest()
    return "delivery %s 200 OK\nWebhook-Signature: %s\nbody: %s\n" % (uuid4(r), sig, body)


def k_signature_mismatch_ticket(r):
    body = json.dumps({"event": "mandate.cancelled", "id": gc_id(r, "MD")})
    a = hmac.new(rbytes(r, 32), body.encode(), hashlib.sha256).hexdigest()
    b = hmac.new(rbytes(r, 32), body.encode(), hashlib.sha256).hexdigest()
    return "Signature mismatch on dd webhook.\nexpected: %s\nreceived: %s\nProbably the endpoint secret was rotated.\n" % (a, b)


def k_jwks_json_endpoint(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, B62, 16), "n": b64u_nopad(rbytes(r, 256)), "e": "AQAB"}]
    return "GET https://%s/.well-known/jwks.json\n%s\n" % (host(r, "auth"), json.dumps({"keys": keys}, indent=2))


def k_oidc_discovery_snippet(r):
    h = host(r, "auth")
    return json.dumps({"issuer": "https://" + h, "jwks_uri": "https://%s/.well-known/jwks.json" % h,
                       "id_token_signing_alg_values_supported": ["RS256"], "x5t": b64u_nopad(rbytes(r, 20))}, indent=2) + "\n"


def k_sms_delivery_report_csv(r):
    rows = ["sid,to,status,round"]
    for _ in range(4):
        rows.append("SM%s,+4477009%05d,delivered,%s" % (rs(r, HEX, 32), r.randint(0, 99999), r.choice(["north-2", "east-1", "west-3"])))
    return "\n".join(rows) + "\n"


def k_reminder_send_log(r):
    return ("17:00:02 sent reminder visit=%d via MG%s message_id=%s\n17:00:03 sent reminder visit=%d message_id=%s\n") % (
        r.randint(1000, 9999), rs(r, HEX, 32), uuid4(r), r.randint(1000, 9999), uuid4(r))


def k_dd_run_api_request_log(r):
    return ("POST /payments\nIdempotency-Key: %s\nGoCardless-Version: 2015-07-06\n-> 201 %s\n") % (uuid4(r), gc_id(r, "PM"))


def k_job_queue_dump_json(r):
    return json.dumps({"queue": "photos", "jobs": [{"id": uuid4(r), "attempt": 1}, {"id": uuid4(r), "attempt": 3}]}, indent=2) + "\n"


def k_route_app_changelog(r):
    return "v2.%d.0 (%s)\n- fix: tank level chart\n- feat: rain delay button\nv2.%d.3 (%s)\n" % (
        r.randint(10, 40), rs(r, HEX, 40), r.randint(1, 9), rs(r, HEX, 40))


def k_helm_image_lock(r):
    return "image:\n  repository: ghcr.io/brightpane/rounds-api\n  digest: sha256:%s\nworker:\n  digest: sha256:%s\n" % (
        hashlib.sha256(rbytes(r, 32)).hexdigest(), hashlib.sha256(rbytes(r, 32)).hexdigest())


# class -> (description, [(base kind, fn), (base kind, fn)])
CLASSES = [
    ("gocardless_mandate_and_payment_ids", "GoCardless-style customer, mandate, payment and event ids (`CU`, `MD`, `PM`, `EV` + 12) from a direct-debit run", [("dd_run_export_csv", k_dd_run_export_csv), ("mandate_event_webhook_body_json", k_mandate_event_body_json)]),
    ("luhn_checked_cash_book_invoice_numbers", "10-digit invoice numbers with a real Luhn check digit", [("invoice_batch_txt", k_invoice_batch_txt), ("cashbook_reconciliation_csv", k_cashbook_reconciliation_csv)]),
    ("van_vin_and_plate_registry", "17-character VINs with a real ISO 3779 / North American check digit and UK number plates", [("fleet_register_csv", k_fleet_register_csv), ("mot_reminder_email", k_mot_reminder_email)]),
    ("lorawan_deveui_and_joineui_ids", "LoRaWAN DevEUIs and JoinEUIs / AppEUIs (public 8-byte identifiers, next-door shape to the labelled 16-byte AppKey)", [("chirpstack_device_list", k_chirpstack_device_list), ("tank_sensor_label_ocr", k_tank_sensor_label_ocr)]),
    ("route_tablet_imei_and_iccid_numbers", "IMEIs and ICCIDs with real Luhn check digits", [("mdm_device_inventory_csv", k_mdm_device_inventory_csv), ("sim_order_confirmation", k_sim_order_confirmation)]),
    ("job_photo_file_digests", "SHA-1, MD5 and SHA-256 digests (real digests of random bytes) of before / after photos", [("photo_upload_manifest_json", k_photo_upload_manifest_json), ("dedupe_log", k_dedupe_log)]),
    ("ladder_serial_and_nfc_tag_uids", "ladder serials and 7-byte NFC tag UIDs of harness inspection tags", [("ladder_inspection_register_csv", k_ladder_inspection_register_csv), ("nfc_tag_scan_log", k_nfc_tag_scan_log)]),
    ("what3words_grid_refs_and_uprns", "what3words addresses, OS grid references, UPRNs and franchise numbers", [("round_stop_list_txt", k_round_stop_list_txt), ("territory_boundary_geojson", k_territory_boundary_geojson)]),
    ("public_widget_keys_on_quote_pages", "Stripe `pk_live_`, Mapbox `pk.` (real JSON), PostHog `phc_`, a Sentry DSN and a referrer-restricted browser Maps key", [("quote_widget_html_embed", k_quote_widget_html_embed), ("booking_page_public_env", k_booking_page_public_env)]),
    ("placeholder_credentials_in_franchise_setup_docs", "`ddw1_<43 base64url characters>`, `wcq_XXXX…`, `<your-lorawan-appkey>`, `smsr-xxxxxxxx-`, empty values, `CHANGE_ME`, 32 zeros, `${…:?…}`, `your-secret-key-here`", [("franchise_setup_readme_md", k_franchise_setup_readme_md), ("env_template_file", k_env_template_file)]),
    ("masked_tokens_in_route_app_logs", "`eyJ***`, stars with a 4-character tail, `[FILTERED]`, `***`, bullets with a tail, `<redacted>`", [("route_app_debug_log", k_route_app_debug_log), ("ci_job_log_masked", k_ci_job_log_masked)]),
    ("secret_manager_pointers_in_round_infra", "Docker secrets files, `op://`, `${{ secrets.… }}`, AWS Secrets Manager ARNs, GCP Secret Manager resource names", [("docker_compose_secrets_block", k_docker_compose_secrets_block), ("pointer_refs_env", k_pointer_refs_env)]),
    ("age_armored_and_sealed_secret_ciphertext", "age armored files and Bitnami SealedSecret `encryptedData` (random bytes in the right frame)", [("encrypted_backup_note", k_encrypted_backup_note), ("sealed_secrets_yaml", k_sealed_secrets_yaml)]),
    ("bcrypt_and_sha512crypt_crew_hashes", "`$2b$12$` bcrypt and `$6$` sha512-crypt strings (random in frame; one-way)", [("crew_table_sql_dump", k_crew_table_sql_dump), ("shadow_file_excerpt", k_shadow_file_excerpt)]),
    ("password_talk_in_crew_handbook", "handbook and toolbox-talk text about passwords with no password in it", [("crew_handbook_it_section", k_crew_handbook_it_section), ("toolbox_talk_minutes", k_toolbox_talk_minutes)]),
    ("dd_webhook_signature_headers", "HMAC-SHA256 signature outputs (real, under discarded keys) of direct-debit webhooks", [("webhook_delivery_log", k_webhook_delivery_log), ("signature_mismatch_ticket", k_signature_mismatch_ticket)]),
    ("jwks_public_keys_and_key_ids", "JWKS RSA public keys (random 256-byte modulus), key ids and certificate thumbprints", [("jwks_json_endpoint", k_jwks_json_endpoint), ("oidc_discovery_snippet", k_oidc_discovery_snippet)]),
    ("sms_message_sids_and_delivery_receipts", "`SM` / `MG` + 32 hex message and service SIDs and UUIDv4 message ids", [("sms_delivery_report_csv", k_sms_delivery_report_csv), ("reminder_send_log", k_reminder_send_log)]),
    ("idempotency_keys_and_job_uuids", "UUIDv4 idempotency keys and queue job ids", [("dd_run_api_request_log", k_dd_run_api_request_log), ("job_queue_dump_json", k_job_queue_dump_json)]),
    ("release_commit_ids_and_oci_digests", "40-hex commit ids and `sha256:` image digests", [("route_app_changelog", k_route_app_changelog), ("helm_image_lock", k_helm_image_lock)]),
]

WRAPPERS = [
    ("", lambda b, r: b),
    ("__in_crew_whatsapp_group", lambda b, r: "[12/11/2024, %02d:%02d] %s: pasting this for the office\n%s" % (r.randint(6, 20), r.randint(0, 59), user(r), b)),
    ("__in_franchise_notion_page", lambda b, r: "# Franchise ops notes\n\n> copied from the system, nothing secret here\n\n" + b),
    ("__in_dev_linear_issue", lambda b, r: "ROUND-%d  Investigate\n\n```\n%s```\n" % (r.randint(100, 999), b)),
    ("__in_vendor_support_email", lambda b, r: "Hi support,\n\nSee below from our side:\n\n%s\nThanks, %s\n" % (b, user(r))),
]


def build(registry_items):
    r = random.Random(SEED_NEGATIVE)
    long_items = [s for s in registry_items if len(s) >= 6]
    records = []
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wsuffix, wrap in WRAPPERS:
                for _ in range(50):
                    text = wrap(fn(r), r)
                    if not any(s in text for s in long_items):
                        break
                else:
                    raise RuntimeError("negative could not avoid registered values")
                records.append({"class": cname, "container": kname + wsuffix, "text": text, "source": "negative"})
    return records
