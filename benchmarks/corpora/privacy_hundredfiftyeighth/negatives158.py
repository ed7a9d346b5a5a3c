"""Hard negatives from the corrections world: look like secrets, are not."""
import base64, hashlib, string
from gen158 import rs, hexs, b64, uuid4, sha256hex, luhn_digit, ALNUM, WORDS

U = string.ascii_uppercase
D = string.digits


def booking_roster(r):
    rows = ["booking_no,so_number,pod,cell"]
    for _ in range(4):
        rows.append("BK26-%06d,SO%08d,%s,%s%02d" % (r.randint(0, 999999), r.randint(0, 99999999), r.choice("ABCDEF"), r.choice("UL"), r.randint(1, 24)))
    return "\n".join(rows) + "\n"


def offender_json(r):
    return '{"offenderId": "%s", "stateId": "SID%09d", "fbiNumber": "%s", "classification": "medium"}\n' % (uuid4(r), r.randint(0, 10**9 - 1), rs(r, U + D, 9))


def docket_lines(r):
    return "\n".join("Case %d-CR-%06d  Docket entry %d  Filed %s" % (r.randint(2019, 2026), r.randint(0, 999999), r.randint(1, 200), "2026-0%d-%02d" % (r.randint(1, 9), r.randint(1, 28))) for _ in range(3)) + "\n"


def efile_envelope(r):
    return "<EnvelopeID>%s</EnvelopeID>\n<FilingID>%s</FilingID>\n<CourtCaseNumber>%s</CourtCaseNumber>\n" % (uuid4(r), r.randint(10**8, 10**9), "CR" + rs(r, D, 10))


def commissary_receipt(r):
    return "ORDER %s  acct %d\n%s x%d\nRECEIPT %s\n" % (rs(r, U + D, 12), r.randint(100000, 999999), r.choice(["Ramen noodles", "Stamped envelope", "Coffee 4oz"]), r.randint(1, 5), hexs(r, 20).upper())


def commissary_api_row(r):
    return '{"orderRef": "co_%s", "batch": "%s", "status": "delivered"}\n' % (rs(r, ALNUM, 24), rs(r, D, 14))


def call_cdr(r):
    return "CDR %s|%s|%d|%s\n" % (uuid4(r), "+1555%07d" % r.randint(0, 9999999), r.randint(30, 900), hexs(r, 32))


def call_recording_index(r):
    return "recording_id=%s  sha1=%s  blocked=false\n" % (rs(r, ALNUM, 22), hashlib.sha1(rs(r, ALNUM, 10).encode()).hexdigest())


def scan_manifest(r):
    return "\n".join("%s  scan_%s.dcm" % (sha256hex(r), rs(r, D, 8)) for _ in range(3)) + "\n"


def scanner_firmware(r):
    return "firmware: mdx-%d.%d.%d\nsha256: %s\nbuild: %s\n" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), sha256hex(r), hexs(r, 12))


def plc_tags(r):
    return "\n".join("Pod%s_Door%02d_Cmd  %%MW%d  CRC32=%08X" % (r.choice("ABCD"), r.randint(1, 24), r.randint(100, 4000), r.getrandbits(32)) for _ in range(4)) + "\n"


def plc_project_header(r):
    return "ProjectGUID: {%s}\nChecksum: 0x%08X\nLastDownload: 2026-03-%02dT04:%02d\n" % (uuid4(r).upper(), r.getrandbits(32), r.randint(1, 28), r.randint(0, 59))


def video_session(r):
    return '{"sessionId": "%s", "roomName": "visit-%s", "participantSid": "PA%s"}\n' % (uuid4(r), rs(r, string.ascii_lowercase + D, 10), hexs(r, 32))


def visit_calendar(r):
    return "BEGIN:VEVENT\nUID:%s@visits.facility.internal\nSUMMARY:Video visit booth 3\nEND:VEVENT\n" % hexs(r, 32)


def trust_txn(r):
    return "TXN %s  ACH trace %s  amt 25.00  ref %s\n" % (rs(r, D, 12), rs(r, D, 15), rs(r, U + D, 16))


def release_card(r):
    n = "4" + rs(r, D, 14)
    return "Release card issued: masked PAN %s******%s, card ref %s\n" % (n[:6], (n + luhn_digit(n))[-4:], uuid4(r))


def deposit_page(r):
    return '<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_%s");</script>\n' % rs(r, ALNUM, 99)


def public_dsn(r):
    return 'Sentry.init({ dsn: "https://%s@o%d.ingest.sentry.io/%d" });\n' % (hexs(r, 32), r.randint(10**5, 10**6), r.randint(10**6, 10**7))


def masked_audit(r):
    return "2026-04-%02d 03:%02d user=%s action=rotate_secret old=******** new=[redacted:%d chars]\n" % (r.randint(1, 28), r.randint(0, 59), r.choice(["jdoe", "kortiz", "mlee"]), r.randint(24, 64))


def masked_config(r):
    return "JMS_DB_PASSWORD=%s****%s\nCALL_API_KEY=•••••••••\n" % (rs(r, string.ascii_lowercase, 2), rs(r, D, 2))


def install_guide(r):
    return "# Step 4: fill in the vendor values\nDOOR_HMI_PASSWORD=<ask-control-room-supervisor-%d>\nCOURT_SFTP_PASSWORD=changeme_before_golive\n" % r.randint(1, 99)


def helm_placeholder(r):
    return "jms:\n  dbPassword: {{ .Values.jmsDbPassword | required \"set jmsDbPassword\" }}\n  apiKey: \"${CALL_API_KEY_%d}\"\n" % r.randint(1, 99)


def vault_path(r):
    return "password: vault:secret/data/jail/%s#db_password_v%d\n" % (r.choice(["booking", "trust", "visits"]), r.randint(1, 9))


def ssm_ref(r):
    return '"valueFrom": "arn:aws:ssm:us-gov-west-1:%d:parameter/jail/%s/api-key"\n' % (r.randint(10**11, 10**12 - 1), r.choice(["calls", "commissary"]))


def jasypt_value(r):
    return "court.sftp.password=ENC(%s)\n" % b64(r, 48)


def sops_value(r):
    return "trust_hmac_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n" % (b64(r, 40), b64(r, 32), b64(r, 16))


def sha512crypt_row(r):
    salt = rs(r, ALNUM + "./", 16)
    return "%s:$6$%s$%s:19800:0:99999:7:::\n" % (r.choice(["ctrlb", "sgtdesk", "kioskadm"]), salt, rs(r, ALNUM + "./", 86))


def pbkdf2_row(r):
    return "%d|%s|pbkdf2_sha256$600000$%s$%s\n" % (r.randint(1, 999), r.choice(["officer.lee", "officer.ng"]), rs(r, ALNUM, 22), b64(r, 32))


def csrf_form(r):
    return '<form method="post" action="/visits/book">\n  <input type="hidden" name="csrfmiddlewaretoken" value="%s">\n</form>\n' % rs(r, ALNUM, 64)


def csp_nonce(r):
    return "Content-Security-Policy: script-src 'nonce-%s'\nX-Request-Id: %s\n" % (b64(r, 16), uuid4(r))


def doc_curl(r):
    return "curl -H 'Authorization: Bearer YOUR_API_TOKEN' https://api.example.org/v1/inmates/%d/balance\n" % r.randint(1000, 9999)


def doc_env(r):
    return "# sample from the vendor integration guide\nKIOSK_API_KEY=%s\nTABLET_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n" % ("0" * 32)


def policy_para(r):
    return "Policy 4.%d: Control room passwords must be changed every 90 days and never written on the whiteboard or said over the radio.\n" % r.randint(1, 20)


def shift_chat(r):
    return "Reminder for %s shift: the door HMI password changed today, ask the sergeant in person — do not text it.\n" % r.choice(["day", "swing", "night"])


CLASSES = [
    ("booking_and_offender_numbers", [("pod_roster_csv", booking_roster), ("offender_record_json", offender_json)]),
    ("court_docket_and_filing_ids", [("docket_listing_lines", docket_lines), ("efile_envelope_xml", efile_envelope)]),
    ("commissary_order_and_receipt_refs", [("printed_commissary_receipt", commissary_receipt), ("commissary_order_status_json", commissary_api_row)]),
    ("inmate_call_detail_ids", [("call_detail_record_line", call_cdr), ("recording_index_line", call_recording_index)]),
    ("scanner_image_and_firmware_digests", [("scan_image_sha_manifest", scan_manifest), ("scanner_firmware_banner", scanner_firmware)]),
    ("door_plc_tag_addresses_and_crcs", [("plc_tag_export", plc_tags), ("plc_project_header_dump", plc_project_header)]),
    ("video_visit_session_and_room_ids", [("video_session_event_json", video_session), ("visit_calendar_ics", visit_calendar)]),
    ("trust_ledger_transaction_refs", [("trust_transaction_line", trust_txn), ("release_card_issue_note", release_card)]),
    ("publishable_keys_on_family_deposit_pages", [("deposit_page_script_tag", deposit_page), ("public_error_dsn_init", public_dsn)]),
    ("masked_values_in_jms_audit_logs", [("secret_rotation_audit_line", masked_audit), ("masked_env_dump", masked_config)]),
    ("placeholder_values_in_corrections_install_docs", [("install_guide_env_block", install_guide), ("helm_required_template", helm_placeholder)]),
    ("secret_store_pointers_in_jail_deployments", [("vault_path_reference", vault_path), ("ssm_parameter_value_from", ssm_ref)]),
    ("jasypt_and_sops_encrypted_values", [("jasypt_enc_property", jasypt_value), ("sops_encrypted_yaml_line", sops_value)]),
    ("sha512crypt_and_pbkdf2_officer_hashes", [("shadow_file_row", sha512crypt_row), ("django_auth_user_row", pbkdf2_row)]),
    ("csrf_tokens_and_csp_nonces_in_visit_forms", [("visit_booking_form_html", csrf_form), ("response_headers_nonce", csp_nonce)]),
    ("password_policy_talk_without_value", [("facility_policy_paragraph", policy_para), ("shift_briefing_chat", shift_chat)]),
]
# documentation example values are folded into the placeholder class via extra kinds
CLASSES[10][1].extend([])
DOC_KINDS = [("vendor_guide_curl_sample", doc_curl), ("vendor_guide_env_sample", doc_env)]

WRAPPERS = [
    ("", "", ""),
    ("__in_jail_it_helpdesk_ticket", "Ticket INC%07d - attaching what I see:\n", "\nPlease advise.\n"),
    ("__in_sheriff_office_email", "From: it-ops@county.gov\nSubject: FYI (ref %d)\n\n", "\n-- County IT\n"),
    ("__in_corrections_dev_pull_request", "PR #%d: update fixtures\n```\n", "```\n"),
    ("__in_probation_wiki_page", "== Notes (rev %d) ==\n", "\n[[Category:Runbooks]]\n"),
    ("__in_control_room_shift_log", "SHIFT LOG entry %d\n", "\nlogged by CR-B\n"),
]


def build(rng, forbidden):
    recs = []
    classes = list(CLASSES)
    # class 16 alternatives kept as is; documentation samples form their own class
    classes[15] = ("password_policy_talk_without_value", classes[15][1])
    classes.append(("vendor_documentation_example_values", DOC_KINDS))
    seen = set()
    for cls, kinds in classes:
        for kname, fn in kinds:
            for wname, head, tail in WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    h = head % rng.randint(1000, 9999999) if "%" in head else head
                    text = h + body + tail
                    if text not in seen and not any(v in text for v in forbidden):
                        break
                else:
                    raise RuntimeError("negative redraw exhausted")
                seen.add(text)
                recs.append({"class": cls, "container": kname + wname, "text": text, "source": "negative"})
    return recs, [c for c, _ in classes]
