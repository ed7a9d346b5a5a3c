"""Hard negatives of the music-school / dance-studio / dojo world: no secret in any text."""
import hashlib
import json
import random
import common199 as C

SEED = 19906
NAMES = ["Amara Okafor", "Lena Fischer", "Tomás Ruiz", "Yuki Sato", "Priya Natarajan", "Ole Brandt", "Chloe Martin",
         "Idris Haddad", "Mia Kowalska", "Noah Williams", "Sofia Rossi", "Kenji Mori"]
INSTR = ["violin 3/4", "violin 1/2", "cello 1/2", "viola 15\"", "flute", "clarinet Bb", "trumpet Bb", "keyboard 61", "ukulele"]
BELTS = ["6th kyu (yellow)", "5th kyu (orange)", "4th kyu (green)", "3rd kyu (blue)", "1st kyu (brown)", "1st dan"]


def nm(rng):
    return rng.choice(NAMES)


def hexs(rng, n):
    return C.rs(rng, C.HEX, n)


# ---------- base kinds ----------
def k_term_enrolment_api_json(rng):
    rows = [{"enrolmentId": "ENR-%06d" % rng.randint(1, 999999), "pupil": nm(rng), "termId": C.uuid4(rng),
             "classCode": "PNO-G%d-%s" % (rng.randint(1, 8), rng.choice(["MON", "TUE", "THU"]))} for _ in range(3)]
    return json.dumps({"term": "spring-2026", "enrolments": rows}, ensure_ascii=False, indent=2)


def k_class_register_csv(rng):
    out = ["register_id,pupil,class,week,present"]
    for _ in range(5):
        out.append("%s,%s,BAL-%d-%s,%d,%s" % (C.uuid4(rng), nm(rng), rng.randint(1, 6), rng.choice(["A", "B"]),
                                            rng.randint(1, 12), rng.choice(["Y", "N", "late"])))
    return "\n".join(out)


def k_exam_entry_confirmation_email(rng):
    return ("Subject: Exam entry confirmed – Summer session 2026\n\nDear Ms Fischer,\n"
            "Centre number: %d\nCandidate number: %04d\nCandidate: %s – Piano Grade %d\n"
            "Entry reference: %s-%s\nYou will receive the timetable about 3 weeks before the session."
            % (rng.randint(10000, 99999), rng.randint(1, 9999), nm(rng), rng.randint(1, 8),
               C.rs(rng, C.UPPER_ALNUM, 4), C.rs(rng, C.DIGITS, 8)))


def k_grade_results_table_txt(rng):
    out = ["CENTRE %d  SESSION S26  RESULTS" % rng.randint(10000, 99999), "cand  subject        grade  mark  result"]
    for _ in range(5):
        m = rng.randint(95, 148)
        out.append("%04d  %-13s  %d      %d   %s" % (rng.randint(1, 9999), rng.choice(["Piano", "Violin", "Singing", "Flute"]),
                                                   rng.randint(1, 8), m, "Distinction" if m >= 130 else "Merit" if m >= 120 else "Pass" if m >= 100 else "Below pass"))
    return "\n".join(out)


def licence(rng):
    body = "%02d%08d" % (rng.randint(10, 99), rng.randint(0, 99999999))
    return body + C.luhn_digit(body)


def k_grading_certificate_scan_ocr(rng):
    return ("OCR grading_cert_%d.jpg\nKAZE DOJO – CERTIFICATE OF GRADING\nThis certifies that %s\nwas graded %s\n"
            "Federation licence no. %s\nExaminer licence no. %s\nDate 14/03/2026" % (rng.randint(100, 999), nm(rng), rng.choice(BELTS), licence(rng), licence(rng)))


def k_federation_licence_lookup_json(rng):
    return json.dumps({"licence": licence(rng), "status": "active", "grade": rng.choice(BELTS), "club": "Kaze Dojo",
                       "expires": "2027-01-31", "insurance_ref": "INS-%s" % C.rs(rng, C.UPPER_ALNUM, 10)}, indent=2)


def k_loan_register_csv(rng):
    out = ["loan_tag,instrument,serial,pupil,out,due"]
    for _ in range(5):
        out.append("LN-%05d,%s,%s%s,%s,2026-01-%02d,2026-07-%02d" % (rng.randint(1, 99999), rng.choice(INSTR),
                   rng.choice(["YV", "ST", "GV", "JP"]), C.rs(rng, C.DIGITS + "ABCDEF", 9), nm(rng), rng.randint(5, 28), rng.randint(1, 28)))
    return "\n".join(out)


def k_instrument_inventory_yaml(rng):
    out = ["instruments:"]
    for _ in range(3):
        out += ["  - tag: LN-%05d" % rng.randint(1, 99999), "    type: %s" % rng.choice(INSTR),
                "    serial: %s" % C.rs(rng, C.UPPER_ALNUM, 12), "    rfid: %s" % hexs(rng, 24).upper(),
                "    condition: %s" % rng.choice(["good", "needs rehair", "new strings"])]
    return "\n".join(out)


def ismn(rng):
    d = "9790" + C.rs(rng, C.DIGITS, 8)
    return d + C.ean13_digit(d)


def iswc(rng):
    d = C.rs(rng, C.DIGITS, 9)
    return "T-%s.%s.%s-%s" % (d[:3], d[3:6], d[6:], C.iswc_digit(d))


def k_score_library_catalogue_csv(rng):
    out = ["shelf,title,composer,ismn,copies"]
    for _ in range(4):
        i = ismn(rng)
        out.append("%s%d,%s,%s,%s-%s-%s-%s-%s,%d" % (rng.choice("ABCD"), rng.randint(1, 40), rng.choice(["Sonatina in G", "Études op. 10", "Suite for Cello", "Flute Duets"]),
                   rng.choice(["Clementi", "Chopin", "Bach", "Kuhlau"]), i[:3], i[3], i[4:8], i[8:12], i[12], rng.randint(1, 12)))
    return "\n".join(out)


def k_performing_rights_setlist_txt(rng):
    out = ["Recital setlist – performing-rights return"]
    for _ in range(4):
        out.append("%s  ISWC %s  ISRC %s  %d:%02d" % (rng.choice(["Moon River", "Libertango", "Gymnopédie 1", "Hallelujah"]), iswc(rng), C.isrc_like(rng), rng.randint(2, 5), rng.randint(0, 59)))
    return "\n".join(out)


def ean(rng):
    d = "20" + C.rs(rng, C.DIGITS, 10)
    return d + C.ean13_digit(d)


def k_ticket_scan_log(rng):
    out = []
    for _ in range(5):
        out.append("2026-06-2%d 18:%02d:%02d gate=%s barcode=%s result=%s" % (rng.randint(0, 9), rng.randint(0, 59), rng.randint(0, 59),
                   rng.choice(["stalls", "balcony"]), ean(rng), rng.choice(["ADMIT", "ADMIT", "ALREADY_SCANNED"])))
    return "\n".join(out)


def k_box_office_export_csv(rng):
    out = ["order,seat,barcode,buyer,price"]
    for _ in range(5):
        out.append("TT-%07d,%s%d,%s,%s,%d.00" % (rng.randint(1, 9999999), rng.choice("ABCDEFG"), rng.randint(1, 20), ean(rng), nm(rng), rng.choice([8, 10, 12])))
    return "\n".join(out)


def qr_payload(rng):
    body = "ATT1|class=%s|date=2026-03-%02d|room=%s|pupil=%d" % (rng.choice(["BAL-3A", "KAR-JNR", "PNO-G2"]), rng.randint(1, 28), rng.choice(["S1", "S2", "DOJO"]), rng.randint(1000, 9999))
    return body + "|sig=" + hashlib.sha256(C.rbytes(rng, 32)).hexdigest()[:32]


def k_qr_scan_debug_log(rng):
    return "\n".join("DEBUG scanner door-%d decoded payload=%s verified=true" % (rng.randint(1, 3), qr_payload(rng)) for _ in range(3))


def k_attendance_sync_json(rng):
    return json.dumps({"batch": C.uuid4(rng), "scans": [{"payload": qr_payload(rng), "ts": 1772000000 + rng.randint(0, 999999)} for _ in range(2)]}, indent=2)


def mapbox_pk(rng):
    return "pk." + C.b64u(json.dumps({"u": "brightnotes", "a": C.rs(rng, C.LOWER_ALNUM, 25)}, separators=(",", ":")).encode()) + "." + C.rs(rng, C.B64URL, 22)


def k_booking_page_html_snippet(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  const sqAppId = 'sq0idp-%s';\n</script>\n<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>"
            % (C.rs(rng, C.B62, 97), C.rs(rng, C.B64URL, 22), C.rs(rng, C.B64URL, 38)))


def k_studio_site_public_config_json(rng):
    return json.dumps({"mapboxToken": mapbox_pk(rng), "posthogKey": "phc_" + C.rs(rng, C.B62, 43),
                       "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d" % (hexs(rng, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999)),
                       "studioMapCentre": [51.4545, -2.5879]}, indent=2)


def k_integration_readme_md(rng):
    return ("## Connecting the ticketing webhook\n\n1. Copy `.env.example` to `.env`.\n2. Set `RECITAL_TICKET_WEBHOOK_SECRET=tixwh_<paste-from-dashboard>`.\n"
            "3. Set `PAYROLL_API_TOKEN=ipr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxx`.\n4. For local testing any value works, e.g. `changeme-%d`.\n" % rng.randint(1, 9))


def k_env_template_file(rng):
    return ("# .env.example – copy and fill in\nTIMETABLE_ADMIN_PASSWORD=\nATTENDANCE_TOTP_SEED=<base32-seed-from-admin>\n"
            "DBS_CLIENT_SECRET=${DBS_CLIENT_SECRET:?set in CI}\nSESSION_JWT=your.jwt.here\nRECITAL_LIVESTREAM_KEY=xxxx-xxxx-xxxx-xxxx-xxxx\n"
            "GRADING_DB_PASSWORD=%s\n" % rng.choice(["CHANGE_ME", "<from-password-manager>", "TODO"]))


def k_timetable_sync_log_masked(rng):
    return ("INFO  sync start term=spring-2026 rooms=%d\nDEBUG auth header=Bearer ****************\nDEBUG payroll token=ipr_****%s\n"
            "DEBUG webhook secret=[REDACTED]\nINFO  sync done in %d ms" % (rng.randint(3, 9), C.rs(rng, C.B62, 4), rng.randint(200, 900)))


def k_ci_output_redacted(rng):
    return ("Run ./deploy.sh\n  TIMETABLE_ADMIN_PASSWORD: ***\n  DBS_CLIENT_SECRET: ***\n  stream key: ••••-••••-••••-••••-%s\nDeploy finished (build %d)" % (C.rs(rng, C.LOWER_ALNUM, 4), rng.randint(100, 999)))


def k_github_actions_secrets_refs_yaml(rng):
    return ("env:\n  TIMETABLE_ADMIN_PASSWORD: ${{ secrets.TIMETABLE_ADMIN_PASSWORD }}\n  PAYROLL_API_TOKEN: ${{ secrets.PAYROLL_API_TOKEN }}\n"
            "  DBS_CLIENT_SECRET: op://Studio/DBS umbrella/client-secret\n  SESSION_KEY: doppler://brightnotes/prd/SESSION_KEY\n  # run %d" % rng.randint(1, 999))


def k_k8s_secret_key_ref_yaml(rng):
    return ("env:\n  - name: GRADING_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: grading-db\n        key: password\n"
            "  - name: STREAM_KEY\n    value: sm://projects/brightnotes-%d/secrets/recital-stream/versions/latest" % rng.randint(100, 999))


def bcrypt_hash(rng):
    return "$2b$12$" + C.rs(rng, "./" + C.B62, 53)


def argon2_hash(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + C.b64(C.rbytes(rng, 16)).rstrip("=") + "$" + C.b64(C.rbytes(rng, 32)).rstrip("=")


def k_staff_users_table_dump(rng):
    out = [" id | login        | password"]
    for i in range(3):
        out.append(" %2d | %-12s | %s" % (i + 1, rng.choice(["okafor", "lind", "frontdesk", "payroll", "marta"]), bcrypt_hash(rng)))
    return "\n".join(out)


def k_parent_accounts_fixture_json(rng):
    return json.dumps([{"model": "portal.parent", "pk": i + 1, "fields": {"email": "parent%d@example.org" % rng.randint(1, 999),
                        "password": argon2_hash(rng)}} for i in range(2)], indent=2)


def armor(rng, n):
    b = C.b64(C.rbytes(rng, n))
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def k_encrypted_backup_manifest(rng):
    return ("backup: pupils-2026-03-%02d.sql.age\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % (rng.randint(1, 28), armor(rng, 150)))


def k_pgp_mail_to_exam_board(rng):
    return ("To: entries@exam-board.example\nSubject: Summer entries (encrypted)\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----" % (armor(rng, 180), C.b64(C.rbytes(rng, 3))))


def k_staff_handbook_page(rng):
    return ("Section 7.%d – Passwords and accounts\nEvery instructor gets their own login to the timetable and register. "
            "Choose a long passphrase, never reuse the one from your personal e-mail, and never write it on the studio whiteboard. "
            "If you think a password has leaked, tell the office the same day; we reset it and check the audit log." % rng.randint(1, 9))


def k_onboarding_checklist_md(rng):
    return ("- [ ] Collect DBS certificate (seen, not copied)\n- [ ] Create timetable login – the instructor sets the password on first sign-in\n"
            "- [ ] Turn on two-factor authentication in the parent portal\n- [ ] Add to the password manager vault \"Studio %s\" (no passwords in chat!)" % rng.choice("ABC"))


def ssh_ed25519(rng):
    import struct
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + C.rbytes(rng, 32)
    return "ssh-ed25519 " + C.b64(blob)


def k_sops_age_recipients_yaml(rng):
    return ("creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      %s,\n      %s" % (
        C.bech32_encode("age", list(C.rbytes(rng, 32))), C.bech32_encode("age", list(C.rbytes(rng, 32)))))


def k_authorized_keys_for_deploy(rng):
    return "\n".join("%s %s@brightnotes" % (ssh_ed25519(rng), rng.choice(["deploy", "okafor", "ci"])) for _ in range(2))


def k_docker_image_digest_lockfile(rng):
    return "\n".join("%s@sha256:%s" % (img, hashlib.sha256(C.rbytes(rng, 16)).hexdigest()) for img in ["ghcr.io/brightnotes/studio-api", "postgres:16", "redis:7"])


def k_git_log_oneline(rng):
    msgs = ["fix timetable clash check", "add belt colours", "recital seat map", "bump deps", "loan due reminders"]
    return "\n".join("%s %s" % (hashlib.sha1(C.rbytes(rng, 16)).hexdigest(), m) for m in msgs)


def k_stripe_webhook_event_log(rng):
    return "\n".join("received %s type=%s object=%s customer=%s livemode=true" % ("evt_1" + C.rs(rng, C.B62, 23), t, "pi_3" + C.rs(rng, C.B62, 23), "cus_" + C.rs(rng, C.B62, 14))
                     for t in ["payment_intent.succeeded", "charge.refunded", "invoice.paid"])


def k_gocardless_payout_export_csv(rng):
    out = ["payment_id,mandate,amount,idempotency_key"]
    for _ in range(4):
        out.append("PM%s,MD%s,%d.00,%s" % (C.rs(rng, C.UPPER_ALNUM, 12), C.rs(rng, C.UPPER_ALNUM, 12), rng.choice([45, 60, 90]), C.uuid4(rng)))
    return "\n".join(out)


def pkce(rng):
    verifier = C.b64u(C.rbytes(rng, 32))
    return C.b64u(hashlib.sha256(verifier.encode()).digest())


def k_oauth_authorize_url_log(rng):
    return ("GET https://accounts.google.com/o/oauth2/v2/auth?client_id=%d-%s.apps.googleusercontent.com&redirect_uri=https%%3A%%2F%%2Fportal.brightnotes.example%%2Fauth%%2Fcallback"
            "&response_type=code&scope=openid%%20email&code_challenge=%s&code_challenge_method=S256&state=%s" % (rng.randint(10 ** 11, 10 ** 12 - 1), C.rs(rng, C.LOWER_ALNUM, 32), pkce(rng), C.rs(rng, C.B64URL, 22)))


def k_mobile_app_oauth_config_json(rng):
    return json.dumps({"issuer": "https://auth.brightnotes.example", "clientId": "parents-app-" + C.rs(rng, C.LOWER_ALNUM, 8),
                       "redirectUrl": "example.brightnotes.parents:/oauthredirect", "usePKCE": True,
                       "sampleCodeChallenge": pkce(rng)}, indent=2)


def k_timetable_export_ics(rng):
    return ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:%s\nSUMMARY:Ballet Grade %d – Studio %s\nDTSTART:20260310T16%02d00\nRRULE:FREQ=WEEKLY;COUNT=12\nEND:VEVENT\nEND:VCALENDAR"
            % (C.uuid4(rng), rng.randint(1, 6), rng.choice("AB"), rng.choice([0, 15, 30, 45])))


def k_room_booking_grid_csv(rng):
    out = ["slot,room,booking_ref,teacher"]
    for _ in range(5):
        out.append("%02d:%02d,PR-%d,BK%s,%s" % (rng.randint(8, 20), rng.choice([0, 30]), rng.randint(1, 8), C.rs(rng, C.DIGITS, 7), nm(rng)))
    return "\n".join(out)


CLASSES = [
    ("pupil_enrolment_numbers_and_term_uuids", "enrolment numbers, class codes, term and register UUIDv4s",
     [("term_enrolment_api_json", k_term_enrolment_api_json), ("class_register_csv", k_class_register_csv)]),
    ("exam_board_candidate_and_centre_numbers", "exam centre and candidate numbers, entry references, marks out of 150",
     [("exam_entry_confirmation_email", k_exam_entry_confirmation_email), ("grade_results_table_txt", k_grade_results_table_txt)]),
    ("belt_grading_licence_numbers_luhn", "martial-arts federation licence numbers with a real Luhn check digit, insurance references",
     [("grading_certificate_scan_ocr", k_grading_certificate_scan_ocr), ("federation_licence_lookup_json", k_federation_licence_lookup_json)]),
    ("instrument_serials_and_loan_tags", "instrument serials, loan tags, RFID tag ids",
     [("loan_register_csv", k_loan_register_csv), ("instrument_inventory_yaml", k_instrument_inventory_yaml)]),
    ("sheet_music_ismn_and_iswc_codes", "ISMNs (979-0 EAN-13 check digit) and ISWCs with real check digits, ISRC-shaped codes",
     [("score_library_catalogue_csv", k_score_library_catalogue_csv), ("performing_rights_setlist_txt", k_performing_rights_setlist_txt)]),
    ("recital_ticket_barcodes_ean13", "recital ticket barcodes with a real EAN-13 check digit, order numbers, seats",
     [("ticket_scan_log", k_ticket_scan_log), ("box_office_export_csv", k_box_office_export_csv)]),
    ("attendance_qr_payloads_with_public_signatures", "decoded attendance QR payloads with a truncated signature (a MAC output, not a key)",
     [("qr_scan_debug_log", k_qr_scan_debug_log), ("attendance_sync_json", k_attendance_sync_json)]),
    ("publishable_keys_on_studio_sites", "Stripe `pk_live_`, Square application id `sq0idp-`, reCAPTCHA site key, Mapbox `pk.` (real JSON), PostHog `phc_`, Sentry DSN",
     [("booking_page_html_snippet", k_booking_page_html_snippet), ("studio_site_public_config_json", k_studio_site_public_config_json)]),
    ("setup_doc_placeholder_values", "`tixwh_<paste-from-dashboard>`, `ipr_xxxx…`, `<base32-seed-from-admin>`, `${…:?…}`, `xxxx-xxxx-…`, `CHANGE_ME`, `changeme-N`, empty",
     [("integration_readme_md", k_integration_readme_md), ("env_template_file", k_env_template_file)]),
    ("masked_values_in_sync_logs", "stars, prefix + stars + 4-character tail, `[REDACTED]`, `***`, bullets + 4-character tail",
     [("timetable_sync_log_masked", k_timetable_sync_log_masked), ("ci_output_redacted", k_ci_output_redacted)]),
    ("secret_manager_pointers_in_deploys", "`${{ secrets.… }}`, `op://`, `doppler://`, `secretKeyRef`, `sm://` pointers",
     [("github_actions_secrets_refs_yaml", k_github_actions_secrets_refs_yaml), ("k8s_secret_key_ref_yaml", k_k8s_secret_key_ref_yaml)]),
    ("bcrypt_and_argon2id_hash_strings", "`$2b$12$…` bcrypt and `$argon2id$…` strings (random in frame; one-way; column named `password`)",
     [("staff_users_table_dump", k_staff_users_table_dump), ("parent_accounts_fixture_json", k_parent_accounts_fixture_json)]),
    ("age_and_pgp_armored_ciphertext", "age and OpenPGP ASCII-armoured ciphertext (random bytes in the armour)",
     [("encrypted_backup_manifest", k_encrypted_backup_manifest), ("pgp_mail_to_exam_board", k_pgp_mail_to_exam_board)]),
    ("instructor_onboarding_password_guidance", "handbook and checklist text about passwords with no password in it",
     [("staff_handbook_page", k_staff_handbook_page), ("onboarding_checklist_md", k_onboarding_checklist_md)]),
    ("age_recipients_and_ssh_public_keys", "`age1…` recipients (real Bech32 checksum) and `ssh-ed25519` public keys (real wire header)",
     [("sops_age_recipients_yaml", k_sops_age_recipients_yaml), ("authorized_keys_for_deploy", k_authorized_keys_for_deploy)]),
    ("build_artifact_digests_and_commit_shas", "container image `sha256:` digests and git commit SHA-1s (real digests of random bytes)",
     [("docker_image_digest_lockfile", k_docker_image_digest_lockfile), ("git_log_oneline", k_git_log_oneline)]),
    ("payment_event_ids_and_idempotency_keys", "Stripe `evt_` / `pi_` / `cus_` ids, GoCardless `PM` / `MD` ids, idempotency UUIDv4s",
     [("stripe_webhook_event_log", k_stripe_webhook_event_log), ("gocardless_payout_export_csv", k_gocardless_payout_export_csv)]),
    ("oauth_public_client_ids_and_pkce_challenges", "public OAuth client ids, redirect URIs, `state` values and S256 PKCE code challenges (real SHA-256 of a discarded verifier)",
     [("oauth_authorize_url_log", k_oauth_authorize_url_log), ("mobile_app_oauth_config_json", k_mobile_app_oauth_config_json)]),
    ("class_timetable_room_and_slot_codes", "iCalendar UIDs (UUIDv4), room codes, booking references, time slots",
     [("timetable_export_ics", k_timetable_export_ics), ("room_booking_grid_csv", k_room_booking_grid_csv)]),
]

WRAPPERS = [
    ("", None),
    ("__in_parent_helpdesk_ticket", "Ticket #%d (parent helpdesk)\nCustomer wrote: \"Is this something I should worry about?\"\n\n{T}\n\nAgent: nothing secret in here, closing."),
    ("__in_dojo_ops_matrix_room", "#dojo-ops:matrix.kazedojo.internal\n<sensei.lind> pasting what the tablet shows, nothing sensitive:\n{T}\n<okafor> ok, looks normal"),
    ("__in_studio_dev_pull_request_comment", "**Review comment on PR #%d**\n\nThis is what the fixture looks like now:\n\n```\n{T}\n```\n\nLGTM once CI is green."),
    ("__in_music_school_notion_page", "📄 Ops wiki › Reference examples (page %d)\n\n{T}\n\nLast edited by the office."),
]


def build(reg, start_id, forbidden):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    for cls, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wtmpl in WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if wtmpl:
                        t = wtmpl.replace("%d", str(rng.randint(10, 999))).replace("{T}", t)
                    if not any(f in t for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative could not avoid registered strings")
                recs.append({"id": "%s-n-%04d" % (C.PREFIX, n), "class": cls, "container": kname + wname,
                             "text": t, "source": "negative"})
                n += 1
    return recs
