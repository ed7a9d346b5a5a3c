"""Hard negatives of the pool / aquatic / water-park world: texts with no secret that look like they might hold one."""
import base64
import hashlib
import hmac
import json
import random

from common171 import ALNUM, HEX, LOWER, UPPER, DIGITS, LOWNUM, B64URL, rs, rbytes, uuid4, b64

SEED = 17106
UPNUM = UPPER + DIGITS
POOLS = ["Lap Pool", "Leisure Pool", "Wave Pool", "Lazy River", "Splash Pad", "Dive Well", "Spa", "Teach Pool"]
WRAPPERS = [
    ("aquatics_slack_thread", lambda b, r: "#aquatics-ops  ·  %s  %d:%02d PM\nanyone know if this is fine to share with the vendor?\n```\n%s```\n👍 2  💬 reply from Sam: yes, nothing sensitive in there\n" % (r.choice(["Dana", "Priya", "Marco", "Jordan"]), r.randint(1, 11), r.randint(0, 59), b)),
    ("pool_service_jira_ticket", lambda b, r: "POOL-%d  [Task]  Attach data for the quarterly review\nReporter: Angela M.   Priority: Low\n\nDescription:\n{noformat}\n%s{noformat}\n" % (r.randint(1000, 9999), b)),
    ("waterpark_confluence_page", lambda b, r: "Wave Cove Ops Wiki › Runbooks › Reference data\nLast updated by Priya K.\n\n%s\nRelated: Opening checklist · Closing checklist\n" % b),
    ("aquatics_director_outlook_email", lambda b, r: "From: Angela Moreno <amoreno@splashcity.example>\nTo: ops-team@splashcity.example\nSubject: FW: data for the county / insurer\n\nTeam, see below, please keep for the file.\n\n%s\n-- \nAquatics Director, Splash City\n" % b),
    ("chem_log_github_pr_review", lambda b, r: "review comment on fixtures/%s.txt (line %d)\n> Is it OK to commit this fixture?\n```\n%s```\nLGTM - nothing secret here, merging.\n" % (rs(r, LOWER, 6), r.randint(2, 40), b)),
]


def ean13(r, prefix):
    body = prefix + rs(r, DIGITS, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def luhn(r, prefix, n):
    body = prefix + rs(r, DIGITS, n - 1 - len(prefix))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def date(r):
    return "2025-%02d-%02d" % (r.randint(5, 9), r.randint(1, 28))


def k_chem_csv(r):
    rows = ["date,pool,free_cl_ppm,comb_cl_ppm,ph,ta_ppm,ch_ppm,cya_ppm,lsi,orp_probe_sn,tech"]
    for _ in range(4):
        rows.append("%s,%s,%.1f,%.1f,%.2f,%d,%d,%d,%+.2f,ORP-%s-%s,%s" % (date(r), r.choice(POOLS), r.uniform(1, 5), r.uniform(0, .4), r.uniform(7.2, 7.8), r.randint(60, 120), r.randint(200, 400), r.randint(30, 80), r.uniform(-.3, .3), rs(r, UPNUM, 4), rs(r, DIGITS, 6), r.choice(["TR", "MN", "DK"])))
    return "\n".join(rows) + "\n"


def k_probe_cal(r):
    return ("Probe calibration record\nProbe: pH combination electrode  S/N PH7-%s-%s\nBuffer lots: pH 4.01 lot %s (exp %s), pH 7.00 lot %s\nSlope 98.%d %%  Offset -%d mV  Result: PASS\nRecord hash (sha256): %s\n"
            % (rs(r, UPNUM, 5), rs(r, DIGITS, 4), rs(r, UPNUM, 8), date(r), rs(r, UPNUM, 8), r.randint(0, 9), r.randint(1, 9), hashlib.sha256(rbytes(r, 24)).hexdigest()))


def k_equipment(r):
    rows = ["asset,make,model,serial,mac,installed"]
    for mk, md in [("Pentair", "IntelliFlo3 VSF"), ("Hayward", "AquaRite 940"), ("Pentair", "MasterTemp 400"), ("Hayward", "OmniLogic HLBASE")]:
        mac = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(6))
        rows.append("%s-%d,%s,%s,%s%s,%s,%s" % (r.choice(["PUMP", "CELL", "HTR", "CTL"]), r.randint(1, 20), mk, md, rs(r, UPPER, 2), rs(r, DIGITS, 10), mac, date(r)))
    return "\n".join(rows) + "\n"


def k_warranty(r):
    return ("Warranty claim form\nProduct: variable-speed pump, model 011056\nSerial number: %s%s\nDealer no.: %s   RMA: RMA-%s\nFault: drive error E%d after power outage.\nProof of purchase invoice %s attached.\n"
            % (rs(r, UPPER, 3), rs(r, DIGITS, 9), rs(r, DIGITS, 7), rs(r, UPNUM, 8), r.randint(1, 20), "INV-" + rs(r, DIGITS, 8)))


def k_cert_export(r):
    rows = ["guard,cert_type,cert_id,issued,expires,instructor_id"]
    for nm in ["A. Lopez", "K. Chen", "M. Osei", "J. Varga"]:
        rows.append("%s,%s,%s,%s,2027-%02d-%02d,%s" % (nm, r.choice(["Lifeguarding/FA/CPR/AED", "Waterfront Skills", "Water Safety Instructor"]), rs(r, UPNUM, 6), date(r), r.randint(1, 12), r.randint(1, 28), rs(r, DIGITS, 8)))
    return "\n".join(rows) + "\n"


def k_roster(r):
    return ("LIFEGUARD ROSTER - week %d\nStand 1 (deep end): %s  cert %s  exp 2026-%02d\nStand 2 (wave pool): %s  cert %s  exp 2026-%02d\nHead guard on duty: %s (badge #%s)\nIn-service training Saturday 07:00, bring rescue tubes.\n"
            % (r.randint(20, 35), r.choice(["Lopez", "Chen", "Ito"]), rs(r, UPNUM, 6), r.randint(1, 12), r.choice(["Osei", "Varga", "Ruiz"]), rs(r, UPNUM, 6), r.randint(1, 12), r.choice(["Dana", "Sam"]), rs(r, DIGITS, 5)))


def k_waitlist_mail(r):
    return ("Subject: You're on the waitlist - Starfish (ages 3-5), Sat 09:30\n\nHi %s,\nyour child is number %d on the waitlist.\nWaitlist reference: WL-%s-%s\nEnrolment order: ORD-%s\nWe'll e-mail you if a spot opens. Reply STOP to opt out.\n"
            % (r.choice(["Maria", "Tom", "Aisha"]), r.randint(1, 12), rs(r, DIGITS, 4), rs(r, UPNUM, 5), rs(r, DIGITS, 9)))


def k_enrol_json(r):
    obj = {"enrolment_id": uuid4(r), "class_id": "cls_" + rs(r, LOWNUM, 14), "session": "Summer 2025 / Block %d" % r.randint(1, 4),
           "student": {"id": "stu_" + rs(r, LOWNUM, 14), "level": r.choice(["Guppy", "Minnow", "Shark"])},
           "waitlist_position": r.randint(0, 9), "idempotency_key": uuid4(r), "etag": "W/\"%s\"" % rs(r, HEX, 16)}
    return json.dumps(obj, indent=2) + "\n"


def k_turnstile_log(r):
    rows = ["ts,gate,card_ean13,result"]
    for _ in range(4):
        rows.append("%sT%02d:%02d:%02d,G%d,%s,%s" % (date(r), r.randint(6, 20), r.randint(0, 59), r.randint(0, 59), r.randint(1, 4), ean13(r, "29"), r.choice(["GRANTED", "GRANTED", "DENIED_EXPIRED"])))
    return "\n".join(rows) + "\n"


def k_card_batch(r):
    rows = ["# member card print batch %s (card numbers carry a Luhn check digit)" % rs(r, DIGITS, 6)]
    for _ in range(4):
        rows.append("%s|%s|%s" % (luhn(r, "6049", 16), r.choice(["FAMILY", "ADULT", "SENIOR", "YOUTH"]), date(r)))
    return "\n".join(rows) + "\n"


def k_wristband_log(r):
    rows = ["issued_at,wristband_uid,ticket_type,locker"]
    for _ in range(4):
        uid = "04" + "".join(rs(r, "0123456789ABCDEF", 2) for _ in range(6))
        rows.append("%s %02d:%02d,%s,%s,%d" % (date(r), r.randint(9, 17), r.randint(0, 59), uid, r.choice(["DAY_ADULT", "DAY_CHILD", "SEASON"]), r.randint(100, 999)))
    return "\n".join(rows) + "\n"


def k_ticket_scan(r):
    return "\n".join(["scan export - gate B"] + ["%s  %s  OK" % (ean13(r, "20"), date(r)) for _ in range(4)]) + "\n"


def k_inspection(r):
    return ("COUNTY ENVIRONMENTAL HEALTH - PUBLIC POOL INSPECTION REPORT\nFacility ID: PR%s   Permit no.: %s-%s   Inspection no.: INS%s\nPool: %s   Free chlorine 2.%d ppm   pH 7.%d   Result: SATISFACTORY\nInspector badge: EH-%s\n"
            % (rs(r, DIGITS, 7), r.randint(2024, 2025), rs(r, DIGITS, 6), rs(r, DIGITS, 9), r.choice(POOLS), r.randint(0, 9), r.randint(2, 6), rs(r, DIGITS, 4)))


def k_permit_receipt(r):
    return ("Payment receipt - annual public swimming pool operating permit\nPermit: PSP-%s   Account: %s\nConfirmation number: %s\nAmount paid: $%d.00   Card: VISA ending %s\n"
            % (rs(r, UPNUM, 8), rs(r, DIGITS, 10), rs(r, UPNUM, 12), r.randint(200, 900), rs(r, DIGITS, 4)))


def k_modbus_map(r):
    rows = ["register,name,type,scale"]
    for nm in ["wave_pattern_select", "blower_1_speed", "slide_dispatch_gap_s", "estop_chain_ok", "water_level_mm"]:
        rows.append("%d,%s,%s,%s" % (40001 + r.randint(0, 400), nm, r.choice(["UINT16", "INT16", "BOOL"]), r.choice(["1", "0.1", "0.01"])))
    rows.append("# map crc16 0x%s" % rs(r, "0123456789ABCDEF", 4))
    return "\n".join(rows) + "\n"


def k_fw_sums(r):
    return "".join("%s  %s\n" % (hashlib.sha256(rbytes(r, 32)).hexdigest(), fn) for fn in
                   ["wavectl-fw-%d.%d.bin" % (r.randint(1, 4), r.randint(0, 9)), "hmi-panel-%d.img" % r.randint(10, 99), "slide-dispatch-%d.tar.gz" % r.randint(1, 9)])


def k_checkout_page(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n</script>\n<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n"
            % (rs(r, ALNUM, 97), rs(r, B64URL, 12), rs(r, B64URL, 38)))


def k_widget_cfg(r):
    obj = {"mapboxToken": "pk.eyJ1Ijoic3BsYXNoY2l0eSIsImEiOiJ" + rs(r, ALNUM, 20) + "In0." + rs(r, B64URL, 22),
           "posthogKey": "phc_" + rs(r, ALNUM, 43), "sentryDsn": "https://%s@o%s.ingest.sentry.io/%s" % (rs(r, HEX, 32), rs(r, DIGITS, 6), rs(r, DIGITS, 7)),
           "algoliaAppId": rs(r, UPNUM, 10), "algoliaSearchOnlyKey": rs(r, HEX, 32)}
    return "// lane-booking widget public config (shipped to every browser)\nwindow.LANE_WIDGET = " + json.dumps(obj, indent=2) + ";\n"


def k_controller_screen(r):
    return ("[OCR of controller screenshot]\nNETWORK SETTINGS\nHost name   pool-ctl-%d\nIP          10.40.2.%d\nUser        admin\nPassword    ••••••••••\nCloud link  CONNECTED (id %s)\n"
            % (r.randint(1, 9), r.randint(10, 200), rs(r, UPNUM, 10)))


def k_vendor_masked(r):
    return ("Integrations > Payments\n  Secret key:        sk_live_••••••••••••%s\n  Webhook secret:    whsec_****************\n  Twilio auth token: [hidden]  (last rotated %s)\n  SendGrid key:      SG.****.****%s\n"
            % (rs(r, ALNUM, 4), date(r), rs(r, ALNUM, 3)))


def k_env_example(r):
    return ("# .env.example - copy to .env and fill in\nCHEM_LOG_PORTAL_PASSWORD=\nROUTE_PLANNER_SERVICE_JWT=<paste-jwt-here>\nLESSON_WAITLIST_API_KEY=swl_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nTWILIO_AUTH_TOKEN=your_auth_token\nPUMP_GATEWAY_DEVICE_KEY=${PUMP_GATEWAY_DEVICE_KEY:?set me}\n# build %s\n"
            % rs(r, HEX, 7))


def k_vendor_quickstart(r):
    return ("Quickstart (from the vendor docs)\n  curl https://api.example-pool-vendor.com/v2/readings \\\n    -H \"Authorization: Bearer YOUR_API_TOKEN\" \\\n    -H \"X-Account: %s\"\nReplace YOUR_API_TOKEN with the token from Settings > API. Never commit it.\n"
            % rs(r, DIGITS, 8))


def k_helm_refs(r):
    return ("env:\n  - name: TWILIO_AUTH_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: messaging-%s\n        key: auth-token\n  - name: WRISTBAND_TOPUP_HMAC_KEY\n    value: \"vault:secret/data/waterpark/wristband#hmac_key\"\n  - name: OP_PENTAIR\n    value: \"op://Aquatics/Pentair Home/credential\"\n  - name: CI_TOKEN\n    value: ${{ secrets.ROUTE_DEPLOY_TOKEN }}\n"
            % rs(r, LOWNUM, 5))


def k_ssm_tf(r):
    acct = rs(r, DIGITS, 12)
    return ("data \"aws_ssm_parameter\" \"chem_portal\" {\n  name = \"/aquatics/prod/chem-log/portal-password\"\n}\n\ndata \"aws_secretsmanager_secret_version\" \"gate\" {\n  secret_id = \"arn:aws:secretsmanager:us-west-2:%s:secret:waterpark/gate-api-%s\"\n}\n"
            % (acct, rs(r, ALNUM, 6)))


def k_sops(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, r.randint(16, 40)), b64(r, 32), b64(r, 16))
    return ("chem_log_portal_password: %s\nroute_planner_service_jwt: %s\nsops:\n    age:\n        - recipient: age1%s\n    lastmodified: \"%sT08:12:44Z\"\n    mac: %s\n    version: 3.9.1\n"
            % (enc(), enc(), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), date(r), enc()))


def k_sealed(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: gate-api\n  namespace: waterpark\nspec:\n  encryptedData:\n    HMAC_KEY: Ag%s\n"
            % base64.b64encode(rbytes(r, 300)).decode())


def k_shadow(r):
    salt = rs(r, ALNUM + "./", 16)
    return ("# excerpt from /etc/shadow on pumproom01 (hashes only)\n%s:$6$%s$%s:20%d:0:99999:7:::\nwavehmi:!:20%d:0:99999:7:::\n"
            % (r.choice(["poolops", "chemlog"]), salt, rs(r, ALNUM + "./", 86), r.randint(100, 199), r.randint(100, 199)))


def k_django_users(r):
    rows = ["id | username | password"]
    for i in range(3):
        rows.append("%d | %s | pbkdf2_sha256$870000$%s$%s" % (i + 1, r.choice(["head_guard", "frontdesk", "manager", "coach"]) + str(i), rs(r, ALNUM, 22), b64(r, 32)))
    return "\n".join(rows) + "\n"


def k_policy(r):
    return ("Staff IT policy, section %d: passwords for the chemical controllers, the lifeguard roster and the ticketing back office must be at least 14 characters, are never written on the pump-room whiteboard and are never sent by chat or e-mail. Use the Aquatics vault; ask the aquatics office for access.\n"
            % r.randint(3, 9))


def k_lockout_chat(r):
    return ("[%d:%02d] Sam: locked out of the roster app again 🙃\n[%d:%02d] Dana: I reset it, check your e-mail for the link. Don't post the new one here pls\n[%d:%02d] Sam: got it, changed it, thanks!\n"
            % (r.randint(6, 9), r.randint(0, 59), r.randint(6, 9), r.randint(0, 59), r.randint(6, 9), r.randint(0, 59)))


def k_stripe_sig(r):
    ts = 1740000000 + r.randint(0, 9999999)
    body = json.dumps({"id": "evt_" + rs(r, ALNUM, 24), "type": "checkout.session.completed"})
    sig = hmac.new(rbytes(r, 32), ("%d.%s" % (ts, body)).encode(), hashlib.sha256).hexdigest()
    return ("POST /webhooks/stripe 200 in 41ms\nStripe-Signature: t=%d,v1=%s\nbody: %s\n" % (ts, sig, body))


def k_payment_rows(r):
    rows = ["payment_intent,charge,customer,amount,status"]
    for _ in range(4):
        rows.append("pi_3%s,ch_3%s,cus_%s,%d.00,succeeded" % (rs(r, ALNUM, 23), rs(r, ALNUM, 23), rs(r, ALNUM, 14), r.randint(12, 180)))
    return "\n".join(rows) + "\n"


JWT_IO_SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def k_jwt_docs(r):
    return ("Route planner API docs, section %d.%d: authentication\nSend the service token as a bearer header. The example below is the public sample token from jwt.io, it does not work against our API:\n  Authorization: Bearer %s\n"
            % (r.randint(1, 5), r.randint(1, 9), JWT_IO_SAMPLE))


def k_twilio_docs(r):
    return ("// from the messaging vendor docs (placeholders)\nconst accountSid = 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';\nconst authToken = '[AuthToken]';\nconst client = require('twilio')(accountSid, authToken);\n// sample message sid: SM%s\n"
            % ("X" * 32 if r.random() < 0.5 else "0" * 32))


def k_known_hosts(r):
    fp = base64.b64encode(hashlib.sha256(rbytes(r, 51)).digest()).decode().rstrip("=")
    return ("The authenticity of host 'plc-gw.wavecove.lan (10.40.9.%d)' can't be established.\nED25519 key fingerprint is SHA256:%s.\nAre you sure you want to continue connecting (yes/no/[fingerprint])? yes\n" % (r.randint(2, 250), fp))


def k_cert_thumbs(r):
    rows = ["Thumbprint                                Subject"]
    for cn in ["CN=tickets.wavecove.example", "CN=gate-api.wavecove.lan", "CN=turnstile-gw.aquacentre.lan"]:
        rows.append("%s  %s" % (hashlib.sha1(rbytes(r, 40)).hexdigest().upper(), cn))
    return "\n".join(rows) + "\n"


CLASSES = [
    ("chemical_log_readings_and_probe_serials", [("chem_log_csv_export", k_chem_csv), ("probe_calibration_record", k_probe_cal)]),
    ("pump_heater_and_chlorinator_serials", [("equipment_registry_rows", k_equipment), ("pump_warranty_claim_form", k_warranty)]),
    ("lifeguard_certificate_numbers_and_expiry", [("certification_tracker_export", k_cert_export), ("lifeguard_roster_printout", k_roster)]),
    ("lesson_enrolment_and_waitlist_references", [("waitlist_position_email", k_waitlist_mail), ("enrolment_api_response_json", k_enrol_json)]),
    ("member_card_barcodes_with_check_digits", [("turnstile_entry_log", k_turnstile_log), ("member_card_print_batch", k_card_batch)]),
    ("wristband_rfid_uids_and_ticket_barcodes", [("wristband_issue_log", k_wristband_log), ("ticket_gate_scan_export", k_ticket_scan)]),
    ("health_inspection_and_pool_permit_numbers", [("pool_inspection_report_header", k_inspection), ("operating_permit_receipt", k_permit_receipt)]),
    ("plc_register_maps_and_firmware_digests", [("wave_plc_modbus_register_map", k_modbus_map), ("firmware_sha256sums_listing", k_fw_sums)]),
    ("public_site_keys_in_booking_and_ticket_pages", [("ticket_checkout_page_source", k_checkout_page), ("lane_widget_public_config", k_widget_cfg)]),
    ("masked_values_in_controller_and_vendor_screens", [("controller_network_screen_ocr", k_controller_screen), ("payment_integration_page_masked", k_vendor_masked)]),
    ("sample_env_placeholders_for_pool_apps", [("route_api_env_example", k_env_example), ("pool_vendor_quickstart_curl", k_vendor_quickstart)]),
    ("secret_store_pointers_in_aquatic_deploys", [("helm_env_secret_refs", k_helm_refs), ("terraform_ssm_and_secretsmanager_refs", k_ssm_tf)]),
    ("sops_and_sealed_secret_ciphertext", [("sops_encrypted_values_yaml", k_sops), ("sealed_secret_manifest", k_sealed)]),
    ("staff_password_hashes_sha512crypt_and_django", [("pumproom_shadow_excerpt", k_shadow), ("django_staff_users_dump", k_django_users)]),
    ("password_talk_without_any_password", [("aquatics_it_policy_paragraph", k_policy), ("roster_lockout_chat", k_lockout_chat)]),
    ("webhook_signature_headers_and_payment_ids", [("stripe_signature_webhook_log", k_stripe_sig), ("payment_intent_export_rows", k_payment_rows)]),
    ("vendor_docs_sample_tokens", [("jwt_io_sample_in_api_docs", k_jwt_docs), ("messaging_docs_placeholder_sids", k_twilio_docs)]),
    ("ssh_fingerprints_and_tls_thumbprints", [("plc_gateway_ssh_first_connect", k_known_hosts), ("iis_certificate_thumbprint_listing", k_cert_thumbs)]),
]


def build(positive_values):
    rng = random.Random(SEED)
    out = []
    n = 1
    for cls, kinds in CLASSES:
        for kname, fn in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    text = body if w is None else w[1](body, rng)
                    if not any(v in text for v in positive_values):
                        break
                else:
                    raise RuntimeError("negative keeps containing a positive value")
                container = kname if w is None else "%s__in_%s" % (kname, w[0])
                out.append({"id": "p171-n-%04d" % n, "class": cls, "container": container, "text": text, "source": "negative"})
                n += 1
    return out
