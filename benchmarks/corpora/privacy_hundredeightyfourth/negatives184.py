"""Hard negatives of the court-reporting world: no secret, but things that look like one."""
import base64
import hashlib
import random
import string
import struct

from common184 import (rs, rbytes, uuid4, b64, b64url_nopad, aba_check, odd_parity, HEX, ALNUM, LOWALNUM,
                       UPALNUM, B64URL)

SEED = 18406
DIGITS = string.digits
UP = string.ascii_uppercase
STENO_KEYS = "STKPWHRAO*EUFRPBLGTSDZ"


def _stroke(r):
    left = "".join(k for k in "STKPWHR" if r.random() < 0.35)
    vow = "".join(k for k in "AO*EU" if r.random() < 0.3) or r.choice(["A", "O", "E", "U", "-"])
    right = "".join(k for k in "FRPBLGTSDZ" if r.random() < 0.3)
    return (left + vow + right) or "A"


def _outline(r):
    return "/".join(_stroke(r) for _ in range(r.randint(1, 3)))


WORDS = ["objection", "form of the question", "exhibit", "foundation", "counsel", "stipulated", "off the record",
         "back on the record", "deposition", "the witness", "sidebar", "let the record reflect", "plaintiff's",
         "defendant's", "videographer", "interpreter", "realtime", "errata sheet", "read and sign"]


# ---------------------------------------------------------------- base kinds (each returns a text)

def rtf_cre_outline_dump(r):
    lines = ["{\\rtf1\\ansi{\\*\\cxrev100}\\cxdict{\\*\\cxsystem job dictionary 26-%04d}" % r.randint(1, 9999)]
    for _ in range(6):
        lines.append("{\\*\\cxs %s}%s" % (_outline(r), r.choice(WORDS)))
    return "\n".join(lines) + "\n}\n"


def plover_json_outline_export(r):
    items = ['  "%s": "%s"' % (_outline(r), r.choice(WORDS)) for _ in range(6)]
    return "{\n" + ",\n".join(items) + "\n}\n"


def _case_no(r):
    return "%d:%02d-%s-%05d-%s" % (r.randint(1, 4), r.randint(20, 26), r.choice(["cv", "cr", "mc"]), r.randint(1, 99999),
                                   rs(r, UP, 3))


def cmecf_docket_report_lines(r):
    cn = _case_no(r)
    out = ["Case No. %s  SMITH et al v. ACME LOGISTICS INC" % cn, "Date Filed  #  Docket Text"]
    for i in range(4):
        out.append("03/%02d/2026  %d  NOTICE of Deposition of %s (Attachments: # 1 Exhibit A) (ECF No. %d)"
                   % (r.randint(1, 28), r.randint(20, 140), r.choice(["J. Moreno", "Dr. A. Patel", "R. Singh"]), r.randint(20, 140)))
    return "\n".join(out) + "\n"


def pacer_case_locator_results_json(r):
    return ('{"content":[{"courtId":"%s","caseId":%d,"caseNumberFull":"%s","caseTitle":"In re Grand Jury Subpoena %s",'
            '"dateFiled":"2026-0%d-%02d","jurisdictionType":"cv"}],"pageInfo":{"number":0,"size":54,"totalElements":1},'
            '"receipt":{"transactionId":%d,"billablePages":1,"cost":0.1}}\n'
            % (r.choice(["txsdce", "ilndce", "cacdce"]), r.randint(10 ** 5, 10 ** 6), _case_no(r), rs(r, DIGITS, 6),
               r.randint(1, 9), r.randint(1, 28), r.randint(10 ** 8, 10 ** 9)))


def certified_copy_sha256_manifest(r):
    out = ["# certified copies, job J-26-%04d — SHA-256 of each delivered file" % r.randint(1, 9999)]
    for f in ["transcript_certified.pdf", "transcript.ptx", "exhibits_1-24.pdf", "word_index.pdf"]:
        out.append("%s  %s" % (hashlib.sha256(rbytes(r, 64)).hexdigest(), f))
    return "\n".join(out) + "\n"


def transcript_delivery_receipt_email(r):
    return ("Subject: Certified transcript delivered — %s\n\nThe certified copy (212 pages) was delivered to counsel.\n"
            "Delivery id: %s\nDocument fingerprint (SHA-256): %s\nReporter certificate no. CSR %d\n"
            % (_case_no(r), uuid4(r), hashlib.sha256(rbytes(r, 40)).hexdigest(), r.randint(1000, 99999)))


def state_board_licence_roster_csv(r):
    out = ["csr_number,name,status,expires,county"]
    for _ in range(4):
        out.append("%d,%s %s,%s,2027-%02d-30,%s" % (r.randint(1000, 99999), r.choice("KMJDRS") + ".",
                                                   r.choice(["Lim", "Ortiz", "Nakamura", "Brennan", "Adeyemi"]),
                                                   r.choice(["ACTIVE", "ACTIVE", "RENEWAL DUE"]), r.randint(1, 12),
                                                   r.choice(["Harris", "Travis", "Dallas", "Bexar"])))
    return "\n".join(out) + "\n"


def ncra_certification_verification_page(r):
    return ("Certification verification\nMember ID: %s\nRPR since 20%02d · CRR since 20%02d · CRC\n"
            "CEU cycle ends 2027-09-30 (%.1f of 3.0 points)\nVerification code: %s-%s\n"
            % (rs(r, DIGITS, 6), r.randint(5, 15), r.randint(16, 24), r.randint(5, 28) / 10.0, rs(r, UP, 4), rs(r, DIGITS, 6)))


def exhibit_index_table(r):
    out = ["EXHIBIT  DESCRIPTION                         MARKED  BATES RANGE"]
    pref = rs(r, UP, 4)
    start = r.randint(100, 90000)
    for i in range(1, 5):
        n = r.randint(3, 60)
        out.append("PX-%03d   %-35s %5d   %s%07d - %s%07d" % (i + r.randint(0, 90), r.choice(["Email chain re shipment", "Invoice ledger 2025", "Safety audit", "Photo of dock 4"]),
                                                      r.randint(5, 240), pref, start, pref, start + n))
        start += n + 1
    return "\n".join(out) + "\n"


def bates_production_log(r):
    pref = rs(r, UP, 3) + "_"
    s = r.randint(1, 500000)
    return ("Production volume %s%03d\nBegBates: %s%08d\nEndBates: %s%08d\nCustodians: 4  Docs: %d  Load file: %s.dat (MD5 %s)\n"
            % (pref, r.randint(1, 40), pref, s, pref, s + r.randint(100, 9000), r.randint(50, 900), rs(r, LOWALNUM, 8),
               hashlib.md5(rbytes(r, 32)).hexdigest()))


def efiling_submission_receipt(r):
    return ("Envelope %d submitted %s\nFiling ID: %s\nLead document: Notice of Filing Deposition Transcript\n"
            "Court: %s  Case: %s\nTransaction: %s\n"
            % (r.randint(10 ** 7, 10 ** 8), "2026-03-%02d 16:%02d CST" % (r.randint(1, 28), r.randint(0, 59)), uuid4(r),
               r.choice(["District Court, Harris County", "County Court at Law No. 2"]), _case_no(r), rs(r, UPALNUM, 12)))


def efsp_callback_json_status(r):
    return ('{"envelopeId":"%d","filingId":"%s","status":"ACCEPTED","reviewer":"clerk%02d",'
            '"stampedDocumentUrl":"https://efile.courts.example.gov/doc/%s","fees":{"total":"%d.00"}}\n'
            % (r.randint(10 ** 7, 10 ** 8), uuid4(r), r.randint(1, 40), uuid4(r), r.randint(0, 350)))


def _aba(r):
    d8 = r.choice(["1110", "0210", "0710", "1210", "0610"]) + rs(r, DIGITS, 4)
    return d8 + aba_check(d8)


def per_page_invoice_remittance_block(r):
    return ("INVOICE 26-%05d   Original + 1 certified copy, %d pp @ $4.25\nRemit by ACH: routing %s, account ending %s\n"
            "Reference: J-26-%04d / %s\n"
            % (r.randint(1, 99999), r.randint(40, 400), _aba(r), rs(r, DIGITS, 4), r.randint(1, 9999), _case_no(r)))


def billing_ledger_csv(r):
    out = ["invoice,job,pages,amount,paid_via,routing,last4"]
    for _ in range(3):
        p = r.randint(30, 350)
        out.append("26-%05d,J-26-%04d,%d,%.2f,ACH,%s,%s" % (r.randint(1, 99999), r.randint(1, 9999), p, p * 4.25, _aba(r), rs(r, DIGITS, 4)))
    return "\n".join(out) + "\n"


def asr_job_status_json(r):
    return ('{"id":"%s","status":"completed","audio_url":"https://media.transcribe.lan/%s.wav","audio_duration":%d,'
            '"language_code":"en_us","speaker_labels":true,"audio_md5":"%s","word_count":%d}\n'
            % (uuid4(r), rs(r, LOWALNUM, 10), r.randint(600, 14000), hashlib.md5(rbytes(r, 32)).hexdigest(), r.randint(2000, 90000)))


def audio_upload_manifest_md5(r):
    out = ["# audio intake manifest, depo J-26-%04d" % r.randint(1, 9999)]
    for i in range(1, 5):
        out.append("%s  depo_part%02d.wav  %d bytes" % (hashlib.md5(rbytes(r, 32)).hexdigest(), i, r.randint(10 ** 7, 10 ** 9)))
    return "\n".join(out) + "\n"


def rttm_diarisation_output(r):
    out = []
    t = 0.0
    f = "depo_" + rs(r, DIGITS, 4)
    for _ in range(5):
        d = r.randint(5, 400) / 10.0
        out.append("SPEAKER %s 1 %.3f %.3f <NA> <NA> SPEAKER_%02d <NA> <NA>" % (f, t, d, r.randrange(4)))
        t += d + r.randint(0, 20) / 10.0
    return "\n".join(out) + "\n"


def speaker_embedding_cache_index(r):
    out = ["segment_id,speaker,embedding_sha1,dim"]
    for _ in range(4):
        out.append("%s,SPEAKER_%02d,%s,192" % (uuid4(r), r.randrange(4), hashlib.sha1(rbytes(r, 32)).hexdigest()))
    return "\n".join(out) + "\n"


def remote_depo_notice_invite(r):
    mid = rs(r, DIGITS, 11)
    return ("PLEASE TAKE NOTICE that the deposition of %s will be taken remotely.\nJoin: https://zoom.us/j/%s\n"
            "Meeting ID: %s %s %s\nThe passcode will be sent separately by the court reporter one hour before the start.\n"
            % (r.choice(["J. Moreno", "Dr. A. Patel", "R. Singh"]), mid, mid[:3], mid[3:7], mid[7:]))


def video_platform_meeting_api_response(r):
    return ('{"uuid":"%s","id":%s,"host_id":"%s","topic":"Deposition %s","type":2,"start_time":"2026-03-%02dT15:00:00Z",'
            '"settings":{"waiting_room":true,"auto_recording":"cloud"},"pstn_password_required":true}\n'
            % (b64(rbytes(r, 16)), rs(r, DIGITS, 11), rs(r, B64URL, 22), _case_no(r), r.randint(1, 28)))


def booking_page_html_head(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n</script>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n<script>mapboxgl.accessToken = "pk.%s.%s";</script>\n'
            % (rs(r, ALNUM, 97), rs(r, B64URL, 38),
               b64url_nopad(('{"u":"stenodesk","a":"cm%s"}' % rs(r, LOWALNUM, 23)).encode()), rs(r, B64URL, 22)))


def mobile_app_public_config_json(r):
    return ('{\n  "supabaseUrl": "https://%s.supabase.co",\n  "supabasePublishableKey": "sb_publishable_%s",\n'
            '  "algoliaAppId": "%s",\n  "algoliaSearchOnlyKey": "%s",\n  "agoraAppId": "%s",\n  "pusherKey": "%s",\n'
            '  "launchDarklyClientSideId": "%s"\n}\n'
            % (rs(r, "abcdefghijklmnopqrstuvwxyz", 20), rs(r, B64URL, 31), rs(r, UPALNUM, 10), rs(r, HEX, 32), rs(r, HEX, 32),
               rs(r, HEX, 20), rs(r, HEX, 24)))


def asr_quickstart_markdown(r):
    return ("## Quickstart\n\n```bash\nexport ASR_API_KEY=<your-api-key>\ncurl -H \"Authorization: Bearer $ASR_API_KEY\" "
            "https://asr.example.com/v1/jobs\n```\n\nReplace `<your-api-key>` with the key from your dashboard. Keys look like "
            "`rtf_%s` (this one is fake).\n" % ("X" * r.randint(20, 40)))


def env_sample_for_cat_sync(r):
    return ("# .env.sample — copy to .env and fill in\nCAT_DICT_SYNC_PASSWORD=\nDIARISATION_API_KEY=dzk_live_%s\n"
            "AUDIO_QUEUE_WEBHOOK_SECRET=${AUDIO_QUEUE_WEBHOOK_SECRET:?set in vault}\nARCHIVE_AES_KEY=%s\nDEPO_ROOM_JWT=changeme-%d\n"
            % ("<" + "redacted" + ">" if r.random() < 0.5 else "x" * 40, "0" * 64, r.randint(1, 99)))


def support_ticket_masked_config(r):
    return ("Customer pasted their config (we masked it):\n  realtime_feed_token: rtf_%s%s\n  efiling password: %s\n"
            "  archive key: %s…%s\n" % ("•" * r.randint(8, 20), rs(r, ALNUM, 4), "*" * r.randint(8, 14), rs(r, HEX, 4), rs(r, HEX, 4)))


def ci_log_masked_secrets(r):
    return ("Run ./deploy.sh\n  env:\n    DEEPGRAM_API_KEY: ***\n    ZOOM_CLIENT_SECRET: ***\n"
            "[deploy] pushing image sha256:%s\n[deploy] token prefix in use: dzk_live_%s…(%d chars hidden)\n"
            % (hashlib.sha256(rbytes(r, 16)).hexdigest(), "*" * 4, r.randint(30, 40)))


def helm_values_external_secret_refs(r):
    return ("env:\n  - name: DEEPGRAM_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: asr-%s\n        key: deepgram\n"
            "externalSecret:\n  remoteRef: vault://secret/data/depo/%s#client_secret\n"
            % (rs(r, LOWALNUM, 5), r.choice(["zoom", "clio", "everlaw", "relativity"])))


def terraform_data_source_secret_refs(r):
    return ('data "aws_secretsmanager_secret_version" "filer" {\n  secret_id = "arn:aws:secretsmanager:us-east-2:%s:secret:efiling/filer-%s"\n}\n'
            'data "azurerm_key_vault_secret" "zoom" {\n  name         = "zoom-client-secret"\n  key_vault_id = "/subscriptions/%s/resourceGroups/rg-depo/providers/Microsoft.KeyVault/vaults/kv-stenodesk"\n}\n'
            % (rs(r, DIGITS, 12), rs(r, ALNUM, 6), uuid4(r)))


def sops_encrypted_secrets_yaml(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, r.randint(20, 40))), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return ("zoom_client_secret: %s\ndeepgram_api_key: %s\nsops:\n  kms: []\n  age:\n    - recipient: age1%s\n"
            "  lastmodified: \"2026-03-02T09:12:44Z\"\n  version: 3.9.1\n"
            % (enc(), enc(), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)))


def ansible_vault_encrypted_vars(r):
    body = rbytes(r, r.choice([96, 128]))
    hx = body.hex().encode().hex()
    lines = [hx[i:i + 80] for i in range(0, len(hx), 80)]
    return "efiling_filer_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + "\n  ".join(lines) + "\n"


def transcript_portal_auth_user_dump(r):
    out = ["id | username | password"]
    for i in range(3):
        out.append("%d | %s | pbkdf2_sha256$870000$%s$%s" % (r.randint(1, 400), r.choice(["klim", "mortiz", "dnakamura", "admin"]) + str(i),
                                                            rs(r, ALNUM, 22), b64(rbytes(r, 32))))
    return "\n".join(out) + "\n"


def scrypt_hash_config_rows(r):
    return ("# password hashes (scrypt, N=2^15) — one-way, safe to keep in config\nreporter_hash = \"$scrypt$ln=15,r=8,p=1$%s$%s\"\n"
            "admin_hash = \"$scrypt$ln=15,r=8,p=1$%s$%s\"\n"
            % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="), b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("=")))


def _ed25519_pub(r):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return "ssh-ed25519 " + b64(blob)


def authorized_keys_for_depo_servers(r):
    return ("# ~/.ssh/authorized_keys on asr3\n%s klim@steno-laptop\n%s deploy@ci\n" % (_ed25519_pub(r), _ed25519_pub(r)))


def ssh_keygen_fingerprint_output(r):
    return ("$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:%s klim@steno-laptop (ED25519)\n$ gpg --list-keys\npub   ed25519 2025-11-03 [SC]\n      %s\n"
            % (b64(hashlib.sha256(rbytes(r, 32)).digest()).rstrip("="), rs(r, "0123456789ABCDEF", 40)))


def _scc_word(r):
    a = odd_parity(r.randint(0x20, 0x7A))
    b = odd_parity(r.randint(0x20, 0x7A))
    return "%02x%02x" % (a, b)


def scc_caption_file_excerpt(r):
    out = ["Scenarist_SCC V1.0", ""]
    for _ in range(3):
        words = ["9420", "9420", "94ae", "94ae", "9452", "9452"] + [_scc_word(r) for _ in range(r.randint(6, 10))] + ["942f", "942f"]
        out.append("00:%02d:%02d;%02d\t%s" % (r.randint(0, 59), r.randint(0, 59), r.randint(0, 29), " ".join(words)))
        out.append("")
    return "\n".join(out)


def caption_encoder_status_log(r):
    return ("[encoder CC1] %02d:%02d:%02d rollup3 row15 buffer ok\nlast packet: %s\n"
            % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), " ".join(_scc_word(r) for _ in range(6))))


def efiling_portal_password_rules_page(r):
    return ("Filer account security\nYour password must be at least %d characters, contain upper and lower case letters, a digit "
            "and a symbol, and must differ from your last %d passwords. Passwords expire every %d days. Never share your "
            "password with staff; the clerk's office will never ask for it.\n" % (r.choice([12, 14, 16]), r.choice([6, 8, 10]), r.choice([90, 180])))


def agency_security_training_quiz(r):
    return ("Q%d. A scopist asks you to text them the CAT dictionary sync password so they can finish a rush job. What do you do?\n"
            "(a) text it  (b) read it over the phone  (c) share it through the password manager's shared folder  (d) write it on the job jacket\n"
            "Answer: (c). Passwords and API keys never go into chat, e-mail or tickets.\n" % r.randint(1, 30))


def release_notes_commit_list(r):
    out = ["Release 4.%d.%d of the transcript repo" % (r.randint(0, 9), r.randint(0, 20))]
    for m in ["fix page-line citations in word index", "add PTX export", "bump pdf library", "speed up exhibit search"]:
        out.append("* %s %s" % (rs(r, HEX, 40), m))
    return "\n".join(out) + "\n"


def traceparent_request_log(r):
    return ("%s INFO upload accepted traceparent=00-%s-%s-01 request_id=%s job=J-26-%04d\n"
            % ("2026-03-%02dT%02d:%02d:%02dZ" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
               rs(r, HEX, 32), rs(r, HEX, 16), uuid4(r), r.randint(1, 9999)))


CLASSES = [
    ("steno_dictionary_outline_entries", "steno outlines (RTF/CRE and Plover JSON) — upper-case stroke strings", [rtf_cre_outline_dump, plover_json_outline_export]),
    ("federal_case_and_docket_numbers", "case numbers, docket entries, PACER case ids and transaction ids", [cmecf_docket_report_lines, pacer_case_locator_results_json]),
    ("certified_transcript_pdf_digests", "real SHA-256 digests of random bytes, delivery UUIDv4s, CSR numbers", [certified_copy_sha256_manifest, transcript_delivery_receipt_email]),
    ("reporter_csr_and_ncra_member_numbers", "CSR licence numbers, NCRA member ids, verification codes", [state_board_licence_roster_csv, ncra_certification_verification_page]),
    ("bates_and_exhibit_sticker_numbers", "Bates ranges, exhibit stickers, load-file MD5s", [exhibit_index_table, bates_production_log]),
    ("efiling_envelope_and_transaction_ids", "e-filing envelope numbers, filing UUIDv4s, 12-character transaction ids", [efiling_submission_receipt, efsp_callback_json_status]),
    ("invoice_numbers_and_aba_routing_codes", "invoice numbers and ABA routing numbers with a real 3-7-1 check digit, account last four", [per_page_invoice_remittance_block, billing_ledger_csv]),
    ("audio_upload_md5_and_asr_job_ids", "ASR job UUIDv4s and real MD5 digests of random bytes", [asr_job_status_json, audio_upload_manifest_md5]),
    ("rttm_speaker_segments_and_labels", "RTTM diarisation lines, speaker labels, SHA-1 embedding ids", [rttm_diarisation_output, speaker_embedding_cache_index]),
    ("remote_depo_meeting_ids_without_passcodes", "meeting ids and meeting UUIDs; the passcode is explicitly not included", [remote_depo_notice_invite, video_platform_meeting_api_response]),
    ("publishable_keys_in_depo_booking_pages", "Stripe `pk_live_`, reCAPTCHA site key, Mapbox `pk.`, Supabase `sb_publishable_`, Algolia search-only key, Agora app id, Pusher key, LaunchDarkly client-side id", [booking_page_html_head, mobile_app_public_config_json]),
    ("placeholder_values_in_transcription_api_guides", "`<your-api-key>`, runs of X, empty values, `${…:?…}`, an all-zero key, `changeme-N`", [asr_quickstart_markdown, env_sample_for_cat_sync]),
    ("redacted_tokens_in_agency_support_tickets", "bullets with a four-character tail, asterisks, `***`, kept invented prefixes with the body hidden", [support_ticket_masked_config, ci_log_masked_secrets]),
    ("vault_paths_and_secret_references_in_depo_infra", "`secretKeyRef`, `vault://` paths, Secrets Manager ARNs, Key Vault resource ids", [helm_values_external_secret_refs, terraform_data_source_secret_refs]),
    ("sops_and_ansible_vault_ciphertext", "SOPS `ENC[AES256_GCM,…]` values and `$ANSIBLE_VAULT;1.1;AES256` bodies (random bytes in the right frame)", [sops_encrypted_secrets_yaml, ansible_vault_encrypted_vars]),
    ("django_pbkdf2_and_scrypt_hash_columns", "Django `pbkdf2_sha256$…` and PHC `$scrypt$…` strings (random in frame; one-way)", [transcript_portal_auth_user_dump, scrypt_hash_config_rows]),
    ("ssh_ed25519_keys_and_fingerprints", "real ssh-ed25519 wire-format public keys, SHA256 fingerprints, GPG fingerprints", [authorized_keys_for_depo_servers, ssh_keygen_fingerprint_output]),
    ("scc_caption_hex_words_and_timecodes", "Scenarist SCC hex words with real odd parity, drop-frame timecodes", [scc_caption_file_excerpt, caption_encoder_status_log]),
    ("court_rule_password_policy_prose", "password rules and training text with no password in it", [efiling_portal_password_rules_page, agency_security_training_quiz]),
    ("build_commit_shas_and_trace_ids", "40-hex commit ids, W3C traceparent trace / span ids, request UUIDv4s", [release_notes_commit_list, traceparent_request_log]),
]

WRAPPERS = [
    ("", None),
    ("__in_reporter_teams_thread", ("Teams · #litsupport\nK. Lim: is this normal? pasting what I see\n---\n", "\n---\nJ. Okafor: yes, nothing sensitive there.\n")),
    ("__in_agency_freshdesk_ticket", ("Ticket #%d · Priority: Low\nCustomer wrote:\n", "\nAgent note: no credential in this output, closing.\n")),
    ("__in_litsupport_outlook_forward", ("---------- Forwarded message ---------\nFrom: Litigation Support <litsupport@stenodesk.example>\nSubject: FYI\n\n", "\n-- \nLitigation Support | StenoDesk\n")),
    ("__in_transcript_repo_github_pr_comment", ("**Review comment** on `docs/operations.md`:\n> ", "\n\nLooks fine to me, approving.\n")),
]


def generate(reg_items):
    r = random.Random(SEED)
    out = []
    for cname, _desc, kinds in CLASSES:
        for kind in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(50):
                    body = kind(r)
                    if wrap:
                        head, tail = wrap
                        if "%d" in head:
                            head = head % r.randint(10000, 99999)
                        if wname.endswith("pr_comment"):
                            body = body.replace("\n", "\n> ").rstrip("> ")
                        text = head + body + tail
                    else:
                        text = body
                    if not any(v in text for v in reg_items):
                        break
                else:
                    raise RuntimeError("negative could not avoid positives")
                out.append((cname, kind.__name__ + wname, text))
    return out
