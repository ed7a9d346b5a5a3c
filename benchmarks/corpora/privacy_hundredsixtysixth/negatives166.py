"""Hard negatives from the childcare world: no secret, but look like they might hold one."""
import base64
import hashlib
import json
import random

from common166 import ALNUM, B64URL, DIGITS, HEX, LOWNUM, ROOMS, UPPER, b64, b64url, hexs, rs, uuid4

SEED = 16606


def gtin_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def gb_iban(rng):
    bank = "".join(rng.choice(UPPER) for _ in range(4))
    sort_acc = rs(rng, DIGITS, 14)
    bban = bank + sort_acc
    rearranged = bban + "GB00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return "GB%02d%s" % (check, bban)


def iban_valid(iban):
    r = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _ofsted_report(r):
    return ("Ofsted | Early years inspection report\nProvider: Sunbeams Day Nursery Ltd\nUnique reference number: %d\n"
            "Registration: EY%d\nLocal authority: %s\nInspection date: %d March 2026\nOverall effectiveness: Good\n") % (
        r.randint(2500000, 2799999), r.randint(400000, 699999), r.choice(["Leeds", "Bristol", "Kent", "Camden"]), r.randint(2, 27))


def _childminder_csv(r):
    rows = ["urn,registration,type,postcode_district,register"]
    for _ in range(4):
        rows.append("EY%d,%s,%s,%s,Early Years Register" % (r.randint(400000, 699999), r.choice(["Active", "Active", "Resigned"]),
                    r.choice(["Childminder", "Childcare on non-domestic premises"]), r.choice(["LS6", "BS3", "ME14", "NW1"])))
    return "\n".join(rows) + "\n"


def _ratio_export(r):
    lines = ["room,children_present,staff_present,required_ratio,status"]
    for room in r.sample(ROOMS, 4):
        c = r.randint(4, 24)
        req = r.choice(["1:3", "1:4", "1:5", "1:8"])
        lines.append("%s,%d,%d,%s,%s" % (room, c, r.randint(2, 6), req, r.choice(["OK", "OK", "AT LIMIT"])))
    return "\n".join(lines) + "\n"


def _rota_grid(r):
    codes = ["E1 07:30-16:00", "M2 08:30-17:00", "L3 09:30-18:00", "PT-AM 08:00-13:00", "OFF"]
    out = "Week 14 rota (shift codes)\n"
    for name in ["A. Khan", "B. Lewis", "C. Novak", "D. Reid"]:
        out += "%-9s %s\n" % (name, " | ".join(r.choice(codes).split()[0] for _ in range(5)))
    out += "Key: " + "; ".join(codes) + "\n"
    return out


def _qr_payload(r):
    out = ""
    for _ in range(3):
        out += "kiosk=front-hall-2 scan=SIGNIN:v2|site=URN%d|child=C-%05d|room=%s|ts=2026-03-%02dT08:%02d:11Z|nonce=%s|sig=%s\n" % (
            r.randint(100000, 999999), r.randint(1, 99999), r.choice(["baby", "toddler", "preschool"]),
            r.randint(1, 28), r.randint(0, 59), hexs(r, 16), hexs(r, 16))
    return out + "# nonce is single-use; sig is the truncated HMAC output, verified server-side\n"


def _kiosk_sessions(r):
    rows = ["session_id,kiosk,opened,closed,signins"]
    for _ in range(4):
        rows.append("%s,kiosk-%02d,2026-03-%02d 07:%02d,2026-03-%02d 18:%02d,%d" % (
            uuid4(r), r.randint(1, 6), r.randint(1, 28), r.randint(10, 59), r.randint(1, 28), r.randint(0, 30), r.randint(10, 60)))
    return "\n".join(rows) + "\n"


def _invoice_footer(r):
    iban = gb_iban(r)
    assert iban_valid(iban)
    return ("INVOICE INV-2026-%05d  |  Spring term fees\nPlease pay by bank transfer within 14 days.\nAccount name: Sunbeams Day Nursery Ltd\n"
            "IBAN: %s\nSort code: %02d-%02d-%02d  Account: %s\nReference: FEES-%s\n") % (
        r.randint(1, 99999), iban, r.randint(10, 99), r.randint(10, 99), r.randint(10, 99), rs(r, DIGITS, 8), rs(r, UPPER + DIGITS, 6))


def _mandate_report(r):
    rows = ["mandate_ref,scheme,status,next_charge"]
    for _ in range(4):
        rows.append("MD%s,bacs,%s,2026-04-%02d" % (rs(r, UPPER + DIGITS, 12), r.choice(["active", "pending_submission", "cancelled"]), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def _funded_hours(r):
    return ("Funded hours eligibility check\nEligibility code: 500%s\nValidity start: 01/04/2026  Grace period end: 31/08/2026\n"
            "Result: VALID (working parents, 30 hours)\nTax-Free Childcare payment reference: %s%sTFC\n") % (
        rs(r, DIGITS, 8), rs(r, UPPER, 4), rs(r, DIGITS, 5))


def _subsidy_batch(r):
    return ("CCS session report batch %s\nEnrolment ID: CCE-%s-%s\nSessions submitted: %d  Accepted: %d\nProvider approval: 190%s\n") % (
        uuid4(r), rs(r, DIGITS, 7), rs(r, UPPER + DIGITS, 4), r.randint(40, 300), r.randint(40, 300), rs(r, DIGITS, 6))


def _gtin_scan(r):
    body = "0" + rs(r, DIGITS, 12)
    gtin = body + gtin_check(body)
    return ("Medication log - GS1 scan\n(01)%s(17)%02d%02d%02d(10)%s\nProduct: paracetamol oral suspension 120mg/5ml\n"
            "Given by: practitioner 2, witnessed: practitioner 5\n") % (gtin, r.randint(26, 29), r.randint(1, 12), 28, rs(r, UPPER + DIGITS, 7))


def _allergy_stock(r):
    out = "Allergy kit stock list (EAN-13)\n"
    for item in ["auto-injector trainer", "antihistamine 1mg/ml", "inhaler spacer", "hydrocortisone cream"]:
        body = rs(r, DIGITS, 12)
        out += "%s  %s  exp %02d/2027\n" % (body + gtin_check(body), item, r.randint(1, 12))
    return out


def _nvr_info(r):
    mac = ":".join(hexs(r, 2).upper() for _ in range(6))
    return ("Device Information\nModel: DS-7608NI-K2\nSerial No.: DS-7608NI-K20820%s%s\nFirmware: V4.%d.%d build 2%s\n"
            "MAC Address: %s\nChannels: 8 (Baby Room, Toddlers, Garden, Hall)\n") % (
        rs(r, DIGITS, 8), rs(r, UPPER + DIGITS, 10), r.randint(30, 80), r.randint(0, 99), rs(r, DIGITS, 5), mac)


def _onvif_probe(r):
    out = ""
    for _ in range(3):
        out += "<d:ProbeMatch><wsa:Address>urn:uuid:%s</wsa:Address><d:XAddrs>http://10.40.3.%d/onvif/device_service</d:XAddrs></d:ProbeMatch>\n" % (
            uuid4(r), r.randint(2, 250))
    return out


def _hls_playlist(r):
    pid = rs(r, ALNUM, 44)
    return ("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2100000,RESOLUTION=1280x720\nhttps://stream.mux.com/%s.m3u8\n"
            "# playback id is public; access is controlled by signed playback policy on the room stream\n") % pid


def _player_embed(r):
    return ('<mux-player playback-id="%s" metadata-video-title="%s live view" stream-type="live"></mux-player>\n'
            '<!-- parent portal: shown only during opening hours -->\n') % (rs(r, ALNUM, 40), r.choice(ROOMS))


def _firebase_web(r):
    return ("// parent app web build - Firebase web config (public by design)\nconst firebaseConfig = {\n"
            '  apiKey: "AIza%s",\n  authDomain: "sunbeams-parent.firebaseapp.com",\n  projectId: "sunbeams-parent",\n'
            '  messagingSenderId: "%s",\n  appId: "1:%s:web:%s"\n};\n') % (
        rs(r, ALNUM + "-_", 35), rs(r, DIGITS, 12), rs(r, DIGITS, 12), hexs(r, 22))


def _stripe_pk(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  Sentry.init({ dsn: "https://%s@o%s.ingest.de.sentry.io/%s" });\n</script>\n') % (
        rs(r, ALNUM, 97), hexs(r, 32), rs(r, DIGITS, 6), rs(r, DIGITS, 7))


def _photo_manifest(r):
    out = "photo upload manifest (daily report)\n"
    for i in range(3):
        out += "IMG_%04d.jpg  sha256:%s  %d KB\n" % (r.randint(1000, 9999), hashlib.sha256(rs(r, ALNUM, 20).encode()).hexdigest(), r.randint(300, 4000))
    return out


def _etag_headers(r):
    md5 = hashlib.md5(rs(r, ALNUM, 16).encode()).hexdigest()
    return ('HTTP/1.1 200 OK\nContent-Type: application/pdf\nETag: "%s"\nContent-MD5: %s\nx-amz-request-id: %s\n'
            'x-amz-id-2: %s\n') % (md5, base64.b64encode(bytes.fromhex(md5)).decode(), rs(r, UPPER + DIGITS, 16), b64(r, 48))


def _masked_env(r):
    return ("support bundle: env (values masked by exporter)\nNODE_ENV=production\nDB_HOST=db.littleacorns.internal\n"
            "DB_PASSWORD=********\nSTRIPE_SECRET_KEY=sk_live_****************************%s\nNOTIFY_API_KEY=[REDACTED]\nJWT_SECRET=<hidden 64 chars>\n") % rs(r, ALNUM, 4)


def _masked_screen(r):
    return ("Integrations > Learning journal\nAPI key:      ••••••••••••••••%s   [Regenerate]\nWebhook secret: (set, not shown)\n"
            "Last used: 2026-03-%02d 09:%02d\n") % (hexs(r, 4), r.randint(1, 28), r.randint(0, 59))


def _setup_env_sample(r):
    return ("# .env.example - copy to .env and fill in\nMIS_DB_PASSWORD=\nPARENT_APP_ADMIN_PASSWORD=change-me\n"
            "LEARNING_JOURNAL_API_KEY=<your-journal-api-key>\nQR_SIGNIN_HMAC_KEY=${QR_SIGNIN_HMAC_KEY:?set in vault}\n"
            "TUITION_WEBHOOK_SECRET=your_webhook_secret_here\n# generated %s\n") % r.choice(["by make init", "by setup.sh", "from template v%d" % r.randint(2, 9)])


def _docs_curl(r):
    return ("curl https://api.nurseryhub.example/v1/rooms \\\n  -H \"Authorization: Bearer YOUR_API_TOKEN\" \\\n"
            "  -H \"X-Setting-Id: %s\"\n# replace YOUR_API_TOKEN with the key from Settings > Developers (looks like nhk_xxxxxxxxxxxxxxxxxxxxxxxx)\n") % rs(r, DIGITS, 6)


def _external_secret(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: parent-api\nspec:\n"
            "  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}\n  data:\n    - secretKey: MIS_DB_PASSWORD\n"
            "      remoteRef: {key: nursery/prod/mis-db, property: password, version: %s}\n") % uuid4(r)


def _ssm_refs(r):
    return ("MIS_DB_PASSWORD={{resolve:ssm-secure:/nursery/prod/mis-db-password:%d}}\n"
            "JOURNAL_KEY=@Microsoft.KeyVault(SecretUri=https://kv-sunbeams-prod.vault.azure.net/secrets/journal-key/%s)\n"
            "STRIPE_KEY=arn:aws:secretsmanager:eu-west-2:%s:secret:billing/stripe-%s\n") % (
        r.randint(1, 40), hexs(r, 32), rs(r, DIGITS, 12), rs(r, ALNUM, 6))


def _sops_yaml(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    return ("mis_db_password: %s\nqr_signin_hmac_key: %s\nsops:\n  age:\n    - recipient: age1%s\n"
            "  lastmodified: \"2026-03-%02dT10:12:44Z\"\n  mac: %s\n  version: 3.9.1\n") % (
        enc(18), enc(32), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), r.randint(1, 28), enc(32))


def _sealed_secret(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: door-controller\n  namespace: nursery-prod\n"
            "spec:\n  encryptedData:\n    INTERCOM_ADMIN_PASSWORD: %s\n") % b64(r, 280)


def _policy_excerpt(r):
    return ("Safeguarding & IT policy, section %d.%d\nKiosk and parent-app passwords must be at least 12 characters, must not be written "
            "on sticky notes in rooms, and are changed each term by the manager. Never send a password in WhatsApp or the parent app; "
            "use the password manager share link instead.\n") % (r.randint(4, 9), r.randint(1, 9))


def _reset_chat(r):
    return ("[%02d:%02d] %s room lead: the toddler kiosk says password expired again\n[%02d:%02d] Office: reset it, the new one is in "
            "the password manager under 'Kiosks', don't post it here\n[%02d:%02d] %s room lead: done, thanks!\n") % (
        8, r.randint(0, 29), r.choice(ROOMS), 8, r.randint(30, 59), 9, r.randint(0, 59), r.choice(ROOMS))


def _stripe_sig(r):
    return ("POST /webhooks/tuition 200 12ms\nStripe-Signature: t=17%s,v1=%s\nevent=invoice.paid id=evt_%s\n") % (
        rs(r, DIGITS, 8), hexs(r, 64), rs(r, ALNUM, 24))


def _delivery_ids(r):
    return ("X-GitHub-Delivery: %s\nX-Request-Id: req_%s\nIdempotency-Key: %s\nX-Hub-Signature-256: sha256=%s\n") % (
        uuid4(r), rs(r, ALNUM, 14), uuid4(r), hexs(r, 64))


CLASSES = [
    ("ofsted_urn_and_ey_registration_numbers", [("ofsted_report_header", _ofsted_report), ("childminder_register_csv", _childminder_csv)]),
    ("room_ratio_and_rota_shift_codes", [("ratio_dashboard_export", _ratio_export), ("staff_rota_shift_grid", _rota_grid)]),
    ("qr_signin_payloads_and_kiosk_session_ids", [("qr_signin_payload_log", _qr_payload), ("kiosk_session_audit_rows", _kiosk_sessions)]),
    ("tuition_invoice_iban_and_mandate_refs", [("fee_invoice_footer_iban", _invoice_footer), ("direct_debit_mandate_report", _mandate_report)]),
    ("funded_hours_and_subsidy_claim_codes", [("funded_hours_eligibility_check", _funded_hours), ("subsidy_claim_batch_summary", _subsidy_batch)]),
    ("medicine_gtin_and_allergy_kit_barcodes", [("medication_log_gs1_scan", _gtin_scan), ("allergy_kit_stock_list", _allergy_stock)]),
    ("camera_nvr_serials_and_onvif_uuids", [("nvr_device_info_page", _nvr_info), ("onvif_discovery_probe_matches", _onvif_probe)]),
    ("live_stream_public_playback_ids", [("hls_playlist_playback_url", _hls_playlist), ("parent_portal_player_embed", _player_embed)]),
    ("browser_safe_keys_in_parent_apps", [("firebase_web_config_snippet", _firebase_web), ("stripe_js_publishable_init", _stripe_pk)]),
    ("photo_and_document_content_digests", [("photo_upload_manifest_sha256", _photo_manifest), ("etag_and_content_md5_headers", _etag_headers)]),
    ("masked_credentials_in_nursery_exports", [("support_bundle_masked_env", _masked_env), ("integration_settings_masked_screen", _masked_screen)]),
    ("placeholder_values_in_nursery_onboarding", [("nursery_onboarding_env_example", _setup_env_sample), ("api_docs_curl_placeholder", _docs_curl)]),
    ("secret_manager_pointers_in_nursery_deploys", [("k8s_external_secret_remote_ref", _external_secret), ("ssm_and_keyvault_references", _ssm_refs)]),
    ("sops_and_sealed_secret_ciphertext", [("sops_encrypted_yaml", _sops_yaml), ("sealed_secret_encrypted_data", _sealed_secret)]),
    ("password_policy_and_reset_talk_without_values", [("safeguarding_it_policy_excerpt", _policy_excerpt), ("room_lead_reset_chat", _reset_chat)]),
    ("webhook_signature_headers_and_delivery_ids", [("stripe_signature_header_log", _stripe_sig), ("inbound_webhook_delivery_ids", _delivery_ids)]),
]

WRAPPERS = [
    ("in_room_leader_slack_thread", lambda t: "#nursery-it  (thread)\nRuth: pasting what I see, is this fine?\n```\n" + t + "```\nIT: yes, that's expected.\n"),
    ("in_nursery_it_jira_ticket", lambda t: "NIT-%s  Kiosk / integrations\nDescription:\n{noformat}\n" + t + "{noformat}\n"),
    ("in_ofsted_prep_confluence_page", lambda t: "Ofsted prep / evidence pack / systems\n\n" + t + "\nPage owner: Deputy manager\n"),
    ("in_setting_manager_outlook_email", lambda t: "From: manager@sunbeams.example\nTo: it-support@sunbeams.example\nSubject: FW: is this OK to share?\n\n" + t + "\nKind regards,\nJoanne\n"),
    ("in_parent_app_gitlab_mr_comment", lambda t: "**@devlead** commented on the diff:\n> looks fine to me, nothing sensitive here\n```\n" + t + "```\n"),
]


def generate():
    rng = random.Random(SEED)
    out = []
    for cls, kinds in CLASSES:
        for kind, fn in kinds:
            for w in [None] + WRAPPERS:
                text = fn(rng)
                container = kind
                if w is not None:
                    wname, wf = w
                    text = wf(text).replace("NIT-%s", "NIT-%d" % rng.randint(1000, 9999))
                    container = kind + "__" + wname
                out.append({"id": None, "class": cls, "container": container, "text": text, "source": "negative"})
    return out
