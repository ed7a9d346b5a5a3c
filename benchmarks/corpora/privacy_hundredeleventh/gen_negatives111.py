import random, hashlib, base64
from common111 import *
def snow(r): return str(r.randint(10**17,10**18-1))
def pem(r): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(270))).decode()
def b32l(r,n): return rs(r,'abcdefghijklmnopqrstuvwxyz234567',n)
C={
'activitypub_object_and_actor_ids':[
 ('activitypub_create_note_json',lambda r:'{"type":"Create","id":"https://social.example.net/users/%s/statuses/%s/activity","object":"https://social.example.net/users/%s/statuses/%s"}\n'%(r.choice(USERS),snow(r),r.choice(USERS),snow(r))),
 ('mastodon_status_id_listing',lambda r:'status_id          account_id\n%s  %s\n%s  %s\n'%(snow(r),snow(r),snow(r),snow(r)))],
'actor_public_key_pem_bodies':[
 ('actor_publickey_json_member',lambda r:'"publicKey":{"id":"https://social.example.net/users/%s#main-key","publicKeyPem":"-----BEGIN PUBLIC KEY-----\\n%s\\n-----END PUBLIC KEY-----"}\n'%(r.choice(USERS),pem(r))),
 ('webfinger_keys_debug_dump',lambda r:'fetched actor key (public, safe to log):\n-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n'%pem(r))],
'perceptual_media_hash_digests':[
 ('pdq_hash_match_rows',lambda r:'pdq_hash,quality,match_distance\n%s,%d,%d\n%s,%d,%d\n'%(rs(r,HEX,64),r.randint(50,100),r.randint(0,31),rs(r,HEX,64),r.randint(50,100),r.randint(0,31))),
 ('media_sha256_upload_manifest',lambda r:'%s  media/%s.jpg\n%s  media/%s.mp4\n'%(rs(r,HEX,64),rs(r,LOW,10),rs(r,HEX,64),rs(r,LOW,10)))],
'moderation_case_and_report_ids':[
 ('mod_case_export_csv',lambda r:'case_id,report_id,state\nMC-%d,%s,escalated\nMC-%d,%s,closed\n'%(r.randint(10**5,10**6),u4(r),r.randint(10**5,10**6),u4(r))),
 ('reviewable_queue_json',lambda r:'{"reviewable_id":%d,"target":"post:%d","flag_ids":[%d,%d]}\n'%(r.randint(10**4,10**7),r.randint(10**4,10**7),r.randint(10**4,10**7),r.randint(10**4,10**7)))],
'push_device_tokens_and_topics':[
 ('apns_device_token_log',lambda r:'apns: delivered to device %s topic com.example.dating (apns-id %s)\n'%(rs(r,HEX,64),u4(r).upper())),
 ('expo_push_receipt_json',lambda r:'{"to":"ExponentPushToken[%s]","status":"ok","id":"%s"}\n'%(rs(r,AN,22),u4(r)))],
'publishable_client_side_keys':[
 ('pubnub_client_init_snippet',lambda r:"const pn = new PubNub({ publishKey: 'pub-c-%s', subscribeKey: 'sub-c-%s', userId: 'u1' });\n"%(u4(r),u4(r))),
 ('sentry_browser_dsn_init',lambda r:'Sentry.init({ dsn: "https://%s@o%d.ingest.sentry.io/%d" }); // DSN key is public\n'%(rs(r,HEX,32),r.randint(10**5,10**6),r.randint(10**6,10**7)))],
'http_signature_header_values':[
 ('activitypub_inbox_request_headers',lambda r:'POST /inbox HTTP/1.1\nDigest: SHA-256=%s\nSignature: keyId="https://relay.example.org/actor#main-key",headers="(request-target) host date digest",signature="%s"\n'%(base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),base64.b64encode(bytes(r.getrandbits(8) for _ in range(256))).decode())),
 ('webhook_delivery_signature_log',lambda r:'delivery %s verified: X-Hub-Signature-256=sha256=%s\n'%(u4(r),rs(r,HEX,64)))],
'atproto_did_and_cid_identifiers':[
 ('bluesky_repo_record_refs',lambda r:'at://did:plc:%s/app.bsky.feed.post/%s  cid=bafyrei%s\n'%(b32l(r,24),b32l(r,13),b32l(r,52))),
 ('did_document_excerpt_json',lambda r:'{"id":"did:plc:%s","alsoKnownAs":["at://%s.example.net"],"service":[{"id":"#atproto_pds"}]}\n'%(b32l(r,24),r.choice(USERS).replace('_','-').replace('.','-')))],
'redacted_moderator_credentials':[
 ('admin_panel_masked_key_row',lambda r:'API keys\nname        key                 created\nmodbot      %s••••••••••••%s  2024-04-%02d\n'%(rs(r,HEX,4),rs(r,HEX,4),r.randint(1,28))),
 ('scrubbed_request_log_line',lambda r:'POST /admin/api/keys 201 auth=[REDACTED] user=%s req=%s\n'%(r.choice(USERS),rs(r,HEX,16)))],
'community_config_placeholders':[
 ('mastodon_env_sample_file',lambda r:'# .env.production.sample\nSECRET_KEY_BASE=\nOTP_SECRET=\nSMTP_PASSWORD=<your-smtp-password>\nVAPID_PRIVATE_KEY=changeme\n#%s\n'%rs(r,LOW,6)),
 ('api_docs_curl_braces',lambda r:'curl -H "Authorization: Bearer {ACCESS_TOKEN}" https://%s/api/v1/reports/%d\n'%(r.choice(HOSTS),r.randint(1,9999)))],
'secret_manager_reference_strings':[
 ('onepassword_op_uri_env',lambda r:'DISCOURSE_API_KEY=op://ts-%s/discourse/api-key\nREDIS_PASSWORD=op://ts-%s/redis/password\n'%(rs(r,LOW,5),rs(r,LOW,5))),
 ('gha_secrets_expression_step',lambda r:'      - run: ./deploy.sh\n        env:\n          PUSH_KEY: ${{ secrets.PUSH_KEY_%s }}\n'%rs(r,UP,4))],
'vault_encrypted_config_blobs':[
 ('ansible_vault_header_block',lambda r:'matrix_registration_secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s\n'%(rs(r,'0123456789',80),rs(r,'0123456789',80))),
 ('rails_credentials_enc_blob',lambda r:'config/credentials.yml.enc: %s--%s--%s\n'%(base64.b64encode(bytes(r.getrandbits(8) for _ in range(60))).decode(),base64.b64encode(bytes(r.getrandbits(8) for _ in range(12))).decode(),base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()))],
'media_blurhash_and_upload_ids':[
 ('mastodon_media_attachment_json',lambda r:'{"id":"%s","type":"image","blurhash":"U%s","meta":{"focus":{"x":0.0,"y":0.1}}}\n'%(snow(r),rs(r,AN+'#$%*+,-.:;=?@[]^_{|}~',27))),
 ('upload_multipart_ids_log',lambda r:'upload %s part 3/7 etag "%s" ok\n'%(rs(r,AN,32),rs(r,HEX,32)))],
'idempotency_keys_and_request_nonces':[
 ('payout_idempotency_header_trace',lambda r:'Idempotency-Key: %s\nX-Request-Id: %s\n'%(u4(r),rs(r,HEX,32))),
 ('oauth_state_nonce_callback_url',lambda r:'GET /auth/callback?code_challenge=%s&state=%s&nonce=%s\n'%(rs(r,B64U,43),rs(r,B64U,22),rs(r,HEX,16)))],
'moderator_password_talk_without_value':[
 ('mod_handbook_password_policy',lambda r:'Moderator accounts need a passphrase of at least %d characters and two-factor auth; never paste it into the queue notes (rule %d).\n'%(r.randint(12,20),r.randint(3,40))),
 ('staff_chat_asks_where_secret_lives',lambda r:'%s: where does the appeals SMTP password live now?\n%s: in the vault under ts/appeals, ask for access in #infra\n'%(r.choice(USERS),r.choice(USERS)))],
'creator_payout_reference_ids':[
 ('payout_batch_statement_rows',lambda r:'batch PB-%d  creator cr_%s  amount %d.%02d EUR  transfer tr_%s\n'%(r.randint(1000,9999),rs(r,LOW,14),r.randint(1,999),r.randint(0,99),rs(r,AN,24))),
 ('ledger_entry_json',lambda r:'{"entry_id":"le_%s","payout_id":"po_%s","status":"paid"}\n'%(rs(r,AN,24),rs(r,AN,24)))],
}
WRAP=[('',lambda t,r:t),
('__in_fedi_admin_forum_thread',lambda t,r:'Re: is this safe to post?\n> '+t.replace('\n','\n> ').rstrip('> ')+'\nyes, nothing secret in there.\n'),
('__in_mod_queue_audit_log',lambda t,r:'[audit] entry %d\n'%r.randint(1,99999)+t),
('__in_trust_safety_jira_ticket',lambda t,r:'TS-%d: please review\n{code}\n'%r.randint(100,9999)+t+'{code}\n'),
('__in_community_pr_review',lambda t,r:'Review comment on config/%s.yml:\n```\n'%rs(r,LOW,6)+t+'```\nLooks fine to me.\n'),
('__in_chat_ops_wiki_page',lambda t,r:'== Reference ==\n'+t),
]
def gen():
    r=random.Random(11106); out=[]
    for cls,kinds in C.items():
        for kind,f in kinds:
            for w,wf in WRAP:
                out.append((cls,kind+w,wf(f(r),r)))
    return out
