"""Hard negatives from the contact-centre world: 16 classes x 2 base kinds x 6 presentations."""
import hashlib, random, string
from common124 import *
def D(r, n): return s(r, string.digits, n)
def md5(r): return hashlib.md5(an(r, 20).encode()).hexdigest()
def sha(r): return hashlib.sha256(an(r, 24).encode()).hexdigest()
def mac(r): return ''.join(s(r, '0123456789ABCDEF', 2) for _ in range(6))
def passport(r):
    h = b64j({'alg': 'ES256', 'ppt': 'shaken', 'typ': 'passport', 'x5u': 'https://cert.example.com/sti.pem'})
    c = b64j({'attest': 'A', 'dest': {'tn': ['44' + D(r, 10)]}, 'iat': 1773500000 + r.randrange(10**5), 'orig': {'tn': '44' + D(r, 10)}, 'origid': uu(r)})
    return h + '.' + c + '.' + b64raw(r, 64, True)
C = [
 ('e164_did_inventory_numbers', [
   ('did_range_inventory_csv', lambda r: 'did,carrier,queue\n+4420' + D(r, 8) + ',carrier-a,sales\n+4420' + D(r, 8) + ',carrier-a,support\n'),
   ('number_port_order_json', lambda r: '{"port_order":"PO-' + D(r, 7) + '","numbers":["+1415' + D(r, 7) + '","+1415' + D(r, 7) + '"]}')]),
 ('sip_call_id_branch_and_tags', [
   ('sip_invite_header_block', lambda r: 'INVITE sip:2000@pbx.example.com SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.5;branch=z9hG4bK' + hx(r, 16) + '\nFrom: <sip:1001@pbx.example.com>;tag=' + hx(r, 8) + '\nCall-ID: ' + hx(r, 32) + '@10.0.0.5\nCSeq: 1 INVITE\n'),
   ('sngrep_dialog_list_row', lambda r: 'Idx  Method  From  To  Call-ID\n1  INVITE  1001  2000  ' + an(r, 22) + '\n')]),
 ('sip_digest_challenge_and_response', [
   ('www_authenticate_nonce_header', lambda r: 'SIP/2.0 401 Unauthorized\nWWW-Authenticate: Digest realm="pbx.example.com", nonce="' + hx(r, 32) + '", opaque="' + hx(r, 16) + '", algorithm=MD5\n'),
   ('authorization_digest_response_header', lambda r: 'Authorization: Digest username="1001", realm="pbx.example.com", nonce="' + hx(r, 32) + '", uri="sip:pbx.example.com", response="' + md5(r) + '"\n')]),
 ('call_recording_object_names', [
   ('recording_bucket_listing', lambda r: '2026-03-14 10:02  1.2 MiB  s3://recordings/2026/03/14/' + D(r, 10) + '.' + D(r, 3) + '-' + uu(r) + '.wav\n'),
   ('mixmonitor_filename_log', lambda r: 'MixMonitor("' + D(r, 10) + '.' + D(r, 2) + '-in-' + D(r, 4) + '.wav,b")\n')]),
 ('ccaas_contact_and_conversation_ids', [
   ('contact_trace_record_json', lambda r: '{"ContactId":"' + uu(r) + '","InitialContactId":"' + uu(r) + '","Channel":"VOICE","Queue":{"Name":"Support"}}'),
   ('conversation_detail_row', lambda r: 'conversationId=' + uu(r) + ' participant=' + uu(r) + ' mediaType=voice\n')]),
 ('cdr_uniqueid_and_linkedid_rows', [
   ('asterisk_cdr_csv_row', lambda r: '"","1001","2000","from-internal","","SIP/1001-' + hx(r, 8) + '","","Dial","","2026-03-14 10:00:00",,,"42","35","ANSWERED","DOCUMENTATION","' + D(r, 10) + '.' + D(r, 2) + '",""\n'),
   ('cel_linkedid_excerpt', lambda r: 'eventtype=CHAN_START uniqueid=' + D(r, 10) + '.' + D(r, 3) + ' linkedid=' + D(r, 10) + '.' + D(r, 3) + '\n')]),
 ('sms_and_whatsapp_message_ids', [
   ('sms_status_callback_form', lambda r: 'MessageSid=SM' + hx(r, 32) + '&MessageStatus=delivered&To=%2B4477009' + D(r, 5) + '\n'),
   ('whatsapp_webhook_status_json', lambda r: '{"statuses":[{"id":"wamid.' + b64raw(r, 36) + '","status":"read","recipient_id":"4477009' + D(r, 5) + '"}]}')]),
 ('public_widget_and_publishable_keys', [
   ('webchat_widget_snippet', lambda r: '<script>window.chatConfig = { widgetKey: "pub-c-' + uu(r) + '", region: "eu" };</script>\n'),
   ('analytics_project_key_init', lambda r: "posthog.init('phc_" + an(r, 43) + "', { api_host: 'https://eu.posthog.com' })\n")]),
 ('masked_telephony_credentials', [
   ('pjsip_show_auth_masked', lambda r: 'Auth: trunk-out/2001\n  password : ********\n  realm    : pbx.example.com\n'),
   ('ccaas_audit_log_redacted', lambda r: 'audit ' + uu(r) + ' update integration client_secret=[REDACTED] by admin\n')]),
 ('ivr_doc_placeholder_values', [
   ('ivr_env_sample_file', lambda r: 'SIP_TRUNK_PASSWORD=<your-trunk-password>\nSTT_API_KEY=changeme\n'),
   ('sms_api_readme_curl', lambda r: 'curl -u "$SMS_ACCOUNT_ID:$SMS_AUTH_TOKEN" https://api.sms.example.com/v1/messages -d to={TO} -d body={BODY}\n')]),
 ('secret_store_reference_strings', [
   ('cloudformation_dynamic_reference', lambda r: 'Password: "{{resolve:secretsmanager:cc/sip-trunk-' + D(r, 3) + ':SecretString:password}}"\n'),
   ('k8s_secret_key_ref_env', lambda r: 'env:\n- name: ESL_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: freeswitch-esl-' + D(r, 2) + '\n      key: password\n')]),
 ('sealed_and_cipher_config_values', [
   ('sealedsecret_encrypteddata_field', lambda r: 'kind: SealedSecret\nspec:\n  encryptedData:\n    SIP_PASSWORD: AgB' + b64raw(r, 180) + '\n'),
   ('spring_cloud_config_cipher_value', lambda r: 'crm.popup.token: "{cipher}' + hx(r, 96) + '"\n')]),
 ('agent_password_talk_no_value', [
   ('agent_onboarding_policy_memo', lambda r: 'Reminder #' + D(r, 3) + ': agents must change their softphone password every 90 days and never read it out on a recorded line.\n'),
   ('supervisor_asks_reset_chat', lambda r: '[10:1' + D(r, 1) + '] agent ' + D(r, 3) + ': locked out of the CRM again, can you reset my password? I will set a new one myself.\n')]),
 ('prompt_audio_checksums_and_etags', [
   ('prompt_manifest_sha256', lambda r: sha(r) + '  prompts/en-GB/welcome_' + D(r, 2) + '.wav\n'),
   ('object_etag_listing', lambda r: 'ETag: "' + md5(r) + '"  hold_music_' + D(r, 2) + '.mp3\n')]),
 ('desk_phone_mac_and_provisioning_ids', [
   ('phone_provisioning_file_list', lambda r: 'tftpboot/' + mac(r).lower() + '.cfg\ntftpboot/SEP' + mac(r) + '.cnf.xml\n'),
   ('phone_inventory_row', lambda r: 'serial=' + s(r, UPN, 12) + ',mac=' + ':'.join(mac(r)[i:i + 2] for i in range(0, 12, 2)) + ',ext=' + D(r, 4) + '\n')]),
 ('stir_shaken_identity_passports', [
   ('sip_identity_header', lambda r: 'Identity: ' + passport(r) + ';info=<https://cert.example.com/sti.pem>;alg=ES256;ppt=shaken\n'),
   ('shaken_verification_log', lambda r: 'verstat=TN-Validation-Passed passport=' + passport(r) + '\n')]),
]
WRAPS = [('', ''), ('__in_agent_floor_chat', '[agent floor chat] look at this:\n'), ('__in_telephony_ticket', 'Ticket TEL-' + '{n}' + ' attachment:\n'),
         ('__in_ivr_pr_review', 'PR review comment - is this safe to commit?\n'), ('__in_pbx_runbook_page', 'Runbook > PBX > example output:\n'),
         ('__in_ccaas_release_notes', 'Release notes, example payload:\n')]
def gen(seed=12406):
    r = random.Random(seed); out = []
    for cls, kinds in C:
        for kind, f in kinds:
            for w, pre in WRAPS:
                out.append({'class': cls, 'container': kind + w, 'text': pre.replace('{n}', str(r.randint(1000, 9999))) + f(r), 'source': 'negative'})
    return out
