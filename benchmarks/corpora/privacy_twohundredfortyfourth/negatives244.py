"""Hard negatives of the racket / cricket club world: no secret, but secret-looking."""
import hashlib
import json
import random

import common244 as C

WRAPPERS = [
    ("", None),
    ("__in_committee_slack_thread", "#committee-it\nRuth: ok to paste this here? it's from the {what}\n{body}\nLee: yes, fine – nothing secret in that, it's just {why}.\n"),
    ("__in_club_helpdesk_ticket", "Helpdesk #{n} – question from a volunteer\nIs it a problem that this is visible? (copied from the {what})\n---\n{body}\n---\nAnswer: no action needed, that's {why}.\n"),
    ("__in_league_email_thread", "From: results@county-league.example\nSubject: Re: {what}\n\nHi both, as requested:\n\n{body}\n\nNone of this is confidential – {why}.\n"),
    ("__in_padel_forum_reply", "Re: is this something I should hide? ({what})\n> {first}\nNah, that's {why}. Full paste for reference:\n{body}\n"),
]


def _hex(rng, n):
    return C.rs(rng, C.HEX, n)


def gtin13(rng, prefix):
    body = prefix + C.rs(rng, C.DIGITS, 12 - len(prefix))
    return body + C.gs1_check(body)


def luhn16(rng, prefix):
    body = prefix + C.rs(rng, C.DIGITS, 15 - len(prefix))
    return body + C.luhn_check(body)


def mac(rng):
    return ":".join("%02X" % rng.randrange(256) for _ in range(6))


def wg_pub(rng):
    return C.b64e(C.rbytes(rng, 32))


def ssh_ed25519(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + C.rbytes(rng, 32)
    return "ssh-ed25519 " + C.b64e(blob)


def age_recipient(rng):
    return C.bech32_encode("age", C.rbytes(rng, 32))


NAMES = ["R. Patel", "J. Okafor", "S. Hughes", "A. Nair", "T. Hale", "M. Brown", "D. Mensah", "K. Singh", "L. Evans", "P. Walsh"]
COURTS = ["Court 1", "Court 2", "Court 3", "Padel A", "Padel B", "Squash 1", "Squash 2", "Net 4"]


def g_booking_confirmation_email(rng):
    ref = "LTC-%s-%04d" % (C.rs(rng, C.UALNUM, 4), rng.randrange(10000))
    start = rng.randint(7, 20)
    return ("Your booking is confirmed\nReference: %s\n%s, Saturday 18 May, %02d:00–%02d:00\nBooking id: %s\nDoor code is sent 30 minutes before play.\n"
            % (ref, rng.choice(COURTS), start, start + 1, C.uuid4(rng)))


def g_court_slot_export_csv(rng):
    rows = ["slot_id,court,start,end,member_no,status"]
    for _ in range(4):
        st = rng.randint(7, 20)
        rows.append("%s,%s,2024-05-%02d %02d:00,%02d:00,%07d,%s" % (_hex(rng, 12), rng.choice(COURTS), rng.randint(1, 28),
                    st, st + 1, rng.randrange(10 ** 7), rng.choice(["paid", "held", "cancelled"])))
    return "\n".join(rows) + "\n"


def g_play_cricket_match_sheet(rng):
    return ("Play-Cricket match id: %d\nFixture: Oakfield CC 1st XI v Riverside CC 1st XI\nLeague id %d · division %d · round %d\nScorer device id: %s\nResult hash: %s\n"
            % (rng.randint(5000000, 6999999), rng.randint(1000, 9999), rng.randint(1, 6), rng.randint(1, 18), _hex(rng, 12), _hex(rng, 40)))


def g_ball_by_ball_json(rng):
    balls = [{"ball": "%d.%d" % (rng.randint(0, 49), rng.randint(1, 6)), "id": C.uuid4(rng), "runs": rng.choice([0, 1, 2, 4, 6])} for _ in range(3)]
    return json.dumps({"match": rng.randint(5000000, 6999999), "innings": 1, "deliveries": balls}, indent=2) + "\n"


def g_rating_list_extract(rng):
    rows = ["name,itf_ipin,utr_id,btm_no,rating"]
    for n in rng.sample(NAMES, 3):
        rows.append("%s,%d,%d,%08d,%d.%d" % (n, rng.randint(10 ** 7, 10 ** 8 - 1), rng.randint(10 ** 6, 10 ** 7 - 1), rng.randrange(10 ** 8), rng.randint(3, 12), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def g_junior_register_csv(rng):
    rows = ["junior,ecb_id,dob_year,emergency_ref"]
    for n in rng.sample(NAMES, 3):
        rows.append("%s,ECB%07d,%d,ER-%s" % (n, rng.randrange(10 ** 7), rng.randint(2008, 2017), C.rs(rng, C.UALNUM, 6)))
    return "\n".join(rows) + "\n"


def g_pro_shop_stock_list(rng):
    items = ["Tour ball 4-can", "Padel ball 3-pack", "Overgrip 3-pack", "Cricket ball 156g", "Squash ball double yellow", "Shuttle tube x12"]
    rows = ["item\tGTIN\tSKU\tqty"]
    for it in rng.sample(items, 4):
        rows.append("%s\t%s\tSKU-%s\t%d" % (it, gtin13(rng, "50"), C.rs(rng, C.UALNUM, 6), rng.randint(1, 40)))
    return "\n".join(rows) + "\n"


def g_ball_can_label_scan(rng):
    return ("scan 1: EAN-13 %s (ball can, lot %s)\nscan 2: EAN-13 %s (overgrip)\nscan 3: GTIN-13 %s\n"
            % (gtin13(rng, "40"), C.rs(rng, C.UALNUM, 8), gtin13(rng, "87"), gtin13(rng, "50")))


def g_stringing_job_card(rng):
    return ("STRINGING JOB %05d\nRacket serial: %s%08d\nMains/crosses: %d/%d lb\nString lot: %s\nCustomer no: %07d\n"
            % (rng.randrange(100000), C.rs(rng, C.UPPER, 2), rng.randrange(10 ** 8), rng.randint(48, 60), rng.randint(46, 58), _hex(rng, 10).upper(), rng.randrange(10 ** 7)))


def g_racket_serial_register(rng):
    rows = ["# loan rackets"]
    for _ in range(4):
        rows.append("%s-%s-%06d  grip %d  tag %s" % (C.rs(rng, C.UPPER, 3), C.rs(rng, C.UALNUM, 4), rng.randrange(10 ** 6), rng.randint(1, 4), _hex(rng, 8)))
    return "\n".join(rows) + "\n"


def g_member_card_batch_print(rng):
    rows = ["card_number,member,expiry"]
    for n in rng.sample(NAMES, 3):
        rows.append("%s,%s,%02d/%02d" % (luhn16(rng, "639104"), n, rng.randint(1, 12), rng.randint(25, 28)))
    return "\n".join(rows) + "\n"


def g_door_reader_enrolment_log(rng):
    return "\n".join("2024-05-%02d %02d:%02d enrol card %s uid %s door %s" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                     luhn16(rng, "639104"), _hex(rng, 8).upper(), rng.choice(["clubhouse", "padel-gate", "nets"])) for _ in range(3)) + "\n"


def g_booking_page_html_head(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  const search = algoliasearch("%s", "%s"); // search-only key\n</script>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n'
            % (C.rs(rng, C.ALNUM, 97), C.rs(rng, C.UALNUM, 10), _hex(rng, 32), C.rs(rng, C.B64URL, 38)))


def g_members_app_public_config(rng):
    mb = "pk." + C.b64u_json({"u": "lawnsidetc", "a": "cl" + C.rs(rng, C.LALNUM, 23)}) + "." + C.rs(rng, C.B64URL, 22)
    return json.dumps({"mapboxPublicToken": mb, "posthogProjectKey": "phc_" + C.rs(rng, C.ALNUM, 43),
                       "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d" % (_hex(rng, 32), rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 6, 10 ** 7)),
                       "klaviyoCompanyId": C.rs(rng, C.ALNUM, 6), "mapsBrowserKey": "AIza" + C.rs(rng, C.B64URL, 35)}, indent=2) + "\n"


def g_integration_quickstart_snippet(rng):
    return ("# Quickstart (from the vendor docs)\nexport STRIPE_SECRET_KEY=sk_live_...\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
            "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport SLACK_BOT_TOKEN=xoxb-your-bot-token\n"
            "export OPENAI_API_KEY=<your-api-key>\n# step %d: replace every placeholder above\n" % rng.randint(2, 5))


def g_env_template_file(rng):
    special = {"LADDER_API_KEY": "lvk_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXX", "BACKUP_AGE_IDENTITY": "AGE-SECRET-KEY-1...",
               "SCORING_FEED_TOKEN": "lsf_<token>", "COACH_APP_JWT": "<paste-jwt-here>"}
    keys = ["BOOKING_ADMIN_PASSWORD", "FLOODLIGHT_WEB_PASSWORD", "LADDER_API_KEY", "SCORING_FEED_TOKEN", "DJANGO_SECRET_KEY",
            "BACKUP_AGE_IDENTITY", "COACH_APP_JWT", "MEMBERSHIP_DB_PASSWORD"]
    vals = ["", "changeme", "<set-in-vault>", "${%s:?required}", "REPLACE_ME"]
    out = ["# .env.template – copy to .env and fill in"]
    for k in rng.sample(keys, 5):
        v = special[k] if k in special and rng.random() < 0.6 else rng.choice(vals)
        out.append("%s=%s" % (k, v % k if "%s" in v else v))
    return "\n".join(out) + "\n"


def g_integrations_settings_ocr(rng):
    return ("INTEGRATIONS\nStripe secret key   sk_live_••••••••••••%s   [Roll key]\nWebhook secret      whsec_••••%s\nSendGrid            SG.••••••••   Last used 2 days ago\nPlaytomic           ****************%s\n"
            % (C.rs(rng, C.ALNUM, 4), C.rs(rng, C.ALNUM, 3), C.rs(rng, C.ALNUM, 2)))


def g_ci_log_masked_output(rng):
    return ("+ echo \"deploying with token ***\"\ndeploying with token ***\n+ curl -H 'Authorization: Bearer [MASKED]' https://api.lawnside-tennis.example/deploy\nHTTP %d\nJob %d finished\n"
            % (rng.choice([200, 202]), rng.randint(10 ** 5, 10 ** 6)))


def g_k8s_secret_key_ref_manifest(rng):
    return ("env:\n  - name: MEMBERSHIP_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: members-db\n        key: password\n"
            "  - name: LADDER_API_KEY\n    valueFrom:\n      secretKeyRef: {name: ladder, key: api-key}\n  - name: STRIPE_KEY_ARN\n    value: arn:aws:secretsmanager:eu-west-2:%012d:secret:club/stripe-%s\n"
            % (rng.randrange(10 ** 12), C.rs(rng, C.ALNUM, 6)))


def g_ansible_vault_lookup_vars(rng):
    return ("booking_admin_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=club/data/booking:admin') }}\"\n"
            "floodlight_web_password: \"{{ vault_floodlight_web_password }}\"\nscoreboard_operator_password: op://Club Ops/Scoreboard/credential\n"
            "gh_deploy_token: ${{ secrets.GH_DEPLOY_TOKEN }}\n# host %d\n" % rng.randint(1, 9))


def g_django_auth_user_dump(rng):
    rows = ["id|username|password|is_staff"]
    for i, n in enumerate(rng.sample(["coach1", "barmanager", "secretary", "treasurer", "groundsman"], 3)):
        h = "pbkdf2_sha256$720000$%s$%s" % (C.rs(rng, C.ALNUM, 22), C.b64e(C.rbytes(rng, 32)))
        rows.append("%d|%s|%s|%s" % (i + 1, n, h, rng.choice(["t", "f"])))
    return "\n".join(rows) + "\n"


def g_members_portal_users_export(rng):
    rows = ["email,password_hash"]
    for n in rng.sample(["ana", "ben", "cat", "dev", "eli"], 3):
        h = "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (C.b64e(C.rbytes(rng, 16)).rstrip("="), C.b64e(C.rbytes(rng, 32)).rstrip("="))
        rows.append("%s@members.example,%s" % (n, h))
    return "\n".join(rows) + "\n"


def g_sops_encrypted_values_yaml(rng):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (C.b64e(C.rbytes(rng, rng.randint(10, 30))), C.b64e(C.rbytes(rng, 32)), C.b64e(C.rbytes(rng, 16)))
    return ("booking_admin_password: %s\nladder_api_key: %s\nsops:\n    age:\n        - recipient: %s\n    lastmodified: \"2024-05-1%dT09:12:44Z\"\n    version: 3.8.1\n"
            % (enc(), enc(), age_recipient(rng), rng.randint(0, 9)))


def g_age_armored_backup_header(rng):
    body = C.b64e(b"age-encryption.org/v1\n-> X25519 " + C.b64e(C.rbytes(rng, 32)).rstrip("=").encode() + b"\n" + C.rbytes(rng, 90))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("# results-2024-05-1%d.tar.age (recipient %s)\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n"
            % (rng.randint(0, 9), age_recipient(rng), "\n".join(lines)))


def g_wireguard_peer_section(rng):
    return ("[Peer]\n# pavilion Pi\nPublicKey = %s\nAllowedIPs = 10.66.0.%d/32\nEndpoint = vpn.lawnside-tennis.example:51820\nPersistentKeepalive = 25\n"
            % (wg_pub(rng), rng.randint(2, 250)))


def g_ssh_known_hosts_excerpt(rng):
    return "\n".join("%s %s" % (h, ssh_ed25519(rng)) for h in rng.sample(["192.168.10.4", "scoreboard.clubcourts.internal", "git.clubcourts.internal", "192.168.50.20"], 2)) + "\n"


def g_stripe_webhook_delivery_log(rng):
    return ("POST /webhooks/stripe 200\nStripe-Signature: t=%d,v1=%s\nevent: evt_%s (invoice.paid)\n"
            % (1714000000 + rng.randrange(10 ** 6), _hex(rng, 64), C.rs(rng, C.ALNUM, 24)))


def g_github_webhook_request_dump(rng):
    return ("X-GitHub-Delivery: %s\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=%s\nsvix-signature: v1,%s\n"
            % (C.uuid4(rng), _hex(rng, 64), C.b64e(C.rbytes(rng, 32))))


def g_oauth_app_registration_page(rng):
    return ("Application (client) ID: %s\nDirectory (tenant) ID: %s\nGoogle OAuth client: %d-%s.apps.googleusercontent.com\nRedirect URI: https://book.lawnside-tennis.example/auth/callback\n"
            % (C.uuid4(rng), C.uuid4(rng), rng.randint(10 ** 11, 10 ** 12 - 1), C.rs(rng, C.LALNUM, 32)))


def g_payments_account_settings(rng):
    return ("Stripe account: acct_1%s\nConnect client id: ca_%s\nTwilio Account SID: AC%s\nSlack app id: A0%s\n"
            % (C.rs(rng, C.ALNUM, 15), C.rs(rng, C.ALNUM, 32), _hex(rng, 32), C.rs(rng, C.UALNUM, 9)))


def g_container_registry_listing(rng):
    return "\n".join("ghcr.io/lawnside/%s:%s@sha256:%s" % (rng.choice(["courtbook", "club-sync", "scoreboard"]), rng.choice(["2024.5", "1.8", "latest"]),
                     hashlib.sha256(C.rbytes(rng, 16)).hexdigest()) for _ in range(3)) + "\n"


def g_cdn_response_headers(rng):
    return ("HTTP/2 200\netag: \"%s\"\nx-amz-version-id: %s\nx-commit: %s\ncontent-md5: %s\n"
            % (hashlib.md5(C.rbytes(rng, 8)).hexdigest(), C.rs(rng, C.B64URL, 32), hashlib.sha1(C.rbytes(rng, 8)).hexdigest(),
               C.b64e(hashlib.md5(C.rbytes(rng, 8)).digest())))


def g_agm_minutes_it_item(rng):
    return ("Item %d – IT and passwords. The committee agreed that shared passwords for the booking system, the bar till and the scoreboard "
            "will move into the club password manager before the season starts; nobody is to write them on the whiteboard or in the WhatsApp group. "
            "Lee will rotate every shared password after the AGM and brief the captains.\n" % rng.randint(5, 11))


def g_volunteer_handbook_paragraph(rng):
    return ("Passwords and keys (section %d.%d)\nNever send a password by text or e-mail. If a coach needs the floodlight controller, ask the duty manager, "
            "who will type it in for them. API keys for the booking and league systems live in the vault; if you see one in a chat, report it so it can be revoked.\n"
            % (rng.randint(3, 6), rng.randint(1, 9)))


def g_stripe_payout_report_csv(rng):
    rows = ["id,type,amount,currency,source"]
    for _ in range(3):
        rows.append("%s_%s,%s,%d.%02d,gbp,%s" % (rng.choice(["po", "ch", "pi", "txn"]), C.rs(rng, C.ALNUM, 24), rng.choice(["payout", "charge"]),
                    rng.randint(5, 900), rng.randint(0, 99), rng.choice(["court booking", "subs", "bar"])))
    return "\n".join(rows) + "\n"


def g_card_terminal_receipt(rng):
    return ("LAWNSIDE LTC BAR\nTID %08d  MID %015d\nVISA ************%04d\nAID A0000000031010\nAUTH CODE %s\nRRN %012d\nTOTAL GBP %d.%02d\n"
            % (rng.randrange(10 ** 8), rng.randrange(10 ** 15), rng.randrange(10 ** 4), C.rs(rng, C.UALNUM, 6), rng.randrange(10 ** 12), rng.randint(2, 60), rng.randint(0, 99)))


def g_camera_inventory_yaml(rng):
    return "cameras:\n" + "".join("  - name: %s\n    serial: %s%09d\n    mac: \"%s\"\n    onvif_id: urn:uuid:%s\n" % (c, C.rs(rng, C.UPPER, 2), rng.randrange(10 ** 9), mac(rng), C.uuid4(rng))
                                   for c in rng.sample(["court3-baseline", "padel-a", "nets-bowling", "pavilion-roof"], 2))


def g_ble_beacon_scan_log(rng):
    return "\n".join("beacon uuid=%s major=%d minor=%d rssi=-%d mac=%s" % (C.uuid4(rng), rng.randint(1, 9), rng.randint(1, 600), rng.randint(40, 90), mac(rng)) for _ in range(3)) + "\n"


def g_league_handbook_table(rng):
    rows = ["| Division | Code | Club id | Venue id |", "|---|---|---|---|"]
    for d in rng.sample(["Premier", "Div 1", "Div 2", "Div 3", "Ladies", "Juniors U13"], 3):
        rows.append("| %s | %s-%s | %d | V%06d |" % (d, C.rs(rng, C.UPPER, 3), C.rs(rng, C.UALNUM, 4), rng.randint(1000, 9999), rng.randrange(10 ** 6)))
    return "\n".join(rows) + "\n"


def g_fixture_generator_output(rng):
    return "\n".join("fixture %s: %s v %s (rnd %d) seed %s" % (C.rs(rng, C.UALNUM, 8), rng.choice(["Oakfield", "Riverside", "Lawnside"]),
                     rng.choice(["Hillcrest", "Marsh Lane", "St Jude's"]), rng.randint(1, 18), _hex(rng, 16)) for _ in range(3)) + "\n"


# (class, description, [(base kind, generator, "what", "why")])
CLASSES = [
    ("court_booking_reference_codes", "booking references, slot ids, UUIDv4 booking ids",
     [("booking_confirmation_email", g_booking_confirmation_email, "booking confirmation", "a booking reference"),
      ("court_slot_export_csv", g_court_slot_export_csv, "court slot export", "slot ids and member numbers")]),
    ("cricket_scorecard_and_fixture_ids", "Play-Cricket match / league ids, ball ids, result hashes",
     [("play_cricket_match_sheet", g_play_cricket_match_sheet, "match sheet", "match and league ids"),
      ("ball_by_ball_json", g_ball_by_ball_json, "ball-by-ball feed", "delivery ids")]),
    ("player_rating_and_membership_ids", "ITF IPINs, UTR ids, British Tennis membership numbers, ECB ids",
     [("rating_list_extract", g_rating_list_extract, "rating list", "public player ids"),
      ("junior_register_csv", g_junior_register_csv, "junior register", "registration numbers")]),
    ("racket_and_ball_gtin_labels", "GTIN-13 / EAN-13 codes with real GS1 check digits, SKUs, lots",
     [("pro_shop_stock_list", g_pro_shop_stock_list, "pro-shop stock list", "barcodes"),
      ("ball_can_label_scan", g_ball_can_label_scan, "barcode scanner log", "barcodes")]),
    ("stringing_tickets_and_racket_serials", "stringing job numbers, racket serials, string lots",
     [("stringing_job_card", g_stringing_job_card, "stringing job card", "a job ticket"),
      ("racket_serial_register", g_racket_serial_register, "loan racket register", "serial numbers")]),
    ("member_card_luhn_numbers", "16-digit membership card numbers with real Luhn digits, reader uids",
     [("member_card_batch_print", g_member_card_batch_print, "card print batch", "card numbers (no PIN, no key)"),
      ("door_reader_enrolment_log", g_door_reader_enrolment_log, "door reader log", "card numbers and reader uids")]),
    ("booking_widget_public_keys", "public-by-design keys: Stripe pk_live_51, Algolia search-only key, reCAPTCHA site key, Mapbox pk., PostHog phc_, Sentry DSN, Maps browser key (AIza), Klaviyo company id",
     [("booking_page_html_head", g_booking_page_html_head, "booking page source", "publishable keys that every browser sees"),
      ("members_app_public_config", g_members_app_public_config, "app public config", "public client keys")]),
    ("vendor_docs_placeholder_values", "documentation placeholders (sk_live_..., the AWS documentation example pair, xoxb-your-bot-token, <your-api-key>) and a .env.template with this corpus's key names",
     [("integration_quickstart_snippet", g_integration_quickstart_snippet, "vendor quickstart", "documentation placeholders"),
      ("env_template_file", g_env_template_file, "env template", "an empty template")]),
    ("masked_and_truncated_tokens", "bullet-masked, *** and [MASKED] values with at most four visible characters",
     [("integrations_settings_ocr", g_integrations_settings_ocr, "settings screenshot", "masked values"),
      ("ci_log_masked_output", g_ci_log_masked_output, "CI log", "masked output")]),
    ("secret_store_reference_strings", "secretKeyRef, Secrets Manager ARNs, hashi_vault lookups, op:// and ${{ secrets.X }} pointers",
     [("k8s_secret_key_ref_manifest", g_k8s_secret_key_ref_manifest, "deployment manifest", "references to the secret store"),
      ("ansible_vault_lookup_vars", g_ansible_vault_lookup_vars, "ansible vars", "lookups, not values")]),
    ("argon2_and_pbkdf2_hash_strings", "Django pbkdf2_sha256 and argon2id hashes (random in frame) in columns called password",
     [("django_auth_user_dump", g_django_auth_user_dump, "auth_user dump", "one-way hashes"),
      ("members_portal_users_export", g_members_portal_users_export, "users export", "one-way hashes")]),
    ("sops_and_age_encrypted_payloads", "SOPS ENC[AES256_GCM,…] values, age recipients (real bech32) and armoured age ciphertext",
     [("sops_encrypted_values_yaml", g_sops_encrypted_values_yaml, "sops file", "ciphertext plus a public recipient"),
      ("age_armored_backup_header", g_age_armored_backup_header, "backup file", "ciphertext plus a public recipient")]),
    ("wireguard_and_ssh_public_keys", "WireGuard peer PublicKey lines and ssh-ed25519 known_hosts keys (real wire format)",
     [("wireguard_peer_section", g_wireguard_peer_section, "VPN peer config", "a public key"),
      ("ssh_known_hosts_excerpt", g_ssh_known_hosts_excerpt, "known_hosts file", "host public keys")]),
    ("webhook_signature_headers", "Stripe-Signature v1, X-Hub-Signature-256 and svix signatures (HMAC outputs, not keys)",
     [("stripe_webhook_delivery_log", g_stripe_webhook_delivery_log, "webhook log", "a signature, not the signing secret"),
      ("github_webhook_request_dump", g_github_webhook_request_dump, "webhook request", "signatures and delivery ids")]),
    ("oauth_client_ids_and_account_ids", "Azure application / tenant ids, Google OAuth client ids, Stripe acct_ / ca_, Twilio AC SIDs, Slack app ids",
     [("oauth_app_registration_page", g_oauth_app_registration_page, "app registration", "public client ids"),
      ("payments_account_settings", g_payments_account_settings, "account settings page", "account identifiers")]),
    ("image_digests_and_etags", "sha256 image digests, ETags, version ids, commit ids, Content-MD5",
     [("container_registry_listing", g_container_registry_listing, "registry listing", "content digests"),
      ("cdn_response_headers", g_cdn_response_headers, "CDN headers", "cache validators")]),
    ("committee_security_talk_without_values", "minutes and handbook prose about passwords and keys with no value",
     [("agm_minutes_it_item", g_agm_minutes_it_item, "AGM minutes", "policy text"),
      ("volunteer_handbook_paragraph", g_volunteer_handbook_paragraph, "volunteer handbook", "policy text")]),
    ("payment_and_payout_object_ids", "Stripe po_ / ch_ / pi_ / txn_ ids, terminal and merchant ids, masked PANs, auth codes, RRNs",
     [("stripe_payout_report_csv", g_stripe_payout_report_csv, "payout report", "object ids"),
      ("card_terminal_receipt", g_card_terminal_receipt, "bar receipt", "a receipt")]),
    ("court_sensor_and_camera_device_ids", "camera serials, MAC addresses, ONVIF and iBeacon UUIDv4s",
     [("camera_inventory_yaml", g_camera_inventory_yaml, "camera inventory", "device ids"),
      ("ble_beacon_scan_log", g_ble_beacon_scan_log, "beacon scan", "broadcast ids")]),
    ("league_and_division_codes", "division codes, club and venue ids, fixture ids and draw seeds",
     [("league_handbook_table", g_league_handbook_table, "league handbook", "league codes"),
      ("fixture_generator_output", g_fixture_generator_output, "fixture generator", "fixture ids")]),
]


def bad_negative(text, secrets_set, seen):
    if text in seen:
        return "repeat"
    if C.PW_FORM_IN_TEXT.search(text):
        return "password form"
    if C.JWT_SHAPE.search(text):
        return "jwt shape"
    for m in C.UUID_SHAPE.finditer(text):
        if not C.UUID4_RE.match(m.group(0).lower()):
            return "non-v4 uuid"
    for s in secrets_set:
        if len(s) >= 6 and s in text:
            return "contains a positive value"
    return None


def build(secret_strings, seed=24406):
    rng = random.Random(seed)
    recs = []
    seen = set()
    for cls, desc, kinds in CLASSES:
        for base, gen, what, why in kinds:
            for wsuf, wtpl in WRAPPERS:
                for _ in range(50):
                    body = gen(rng)
                    if wtpl is None:
                        text = body
                    else:
                        text = wtpl.format(what=what, why=why, body=body.rstrip("\n"), n=rng.randint(1000, 9999),
                                           first=body.split("\n")[0])
                    if bad_negative(text, secret_strings, seen) is None:
                        break
                else:
                    raise RuntimeError("could not draw negative for %s" % base)
                seen.add(text)
                recs.append({"id": None, "class": cls, "container": base + wsuf, "text": text, "source": "negative"})
    return recs
