"""Hard negatives, part B: the remaining generic classes and the wrappers used for the
second instance of every base container."""

CLASSES_B = {
    "public_anti_forgery_or_challenge": [
        ("acme_http01_challenge_request", "GET /.well-known/acme-challenge/⟦a:b64u:43⟧ HTTP/1.1\nHost: ⟦domain⟧\nUser-Agent: Mozilla/5.0 (compatible; Let's Encrypt validation server)\n"),
        ("dns_txt_site_verification_dig", "$ dig +short TXT ⟦domain⟧\n\"google-site-verification=⟦a:b64u:43⟧\"\n\"v=spf1 include:_spf.google.com ~all\"\n"),
        ("csp_nonce_script_tag_html", "<script nonce=\"⟦a:b64:22⟧==\" src=\"/static/app.js\"></script>\nContent-Security-Policy: script-src 'nonce-⟦a:b64:22⟧=='\n"),
        ("oauth_authorize_redirect_state", "https://accounts.⟦domain⟧/oauth/authorize?response_type=code&client_id=web-⟦n⟧&state=⟦a:b64u:32⟧&code_challenge=⟦b:b64u:43⟧&code_challenge_method=S256\n"),
        ("saml_relaystate_form_post", "<input type=\"hidden\" name=\"RelayState\" value=\"⟦a:hex:40⟧\"/>\n"),
        ("webauthn_challenge_options_json", "{\"publicKey\":{\"challenge\":\"⟦a:b64u:43⟧\",\"rp\":{\"name\":\"⟦org⟧\"},\"timeout\":60000}}\n"),
        ("keybase_proof_txt_record", "keybase-site-verification=⟦a:b64u:43⟧\n"),
    ],
    "secret_store_reference": [
        ("gha_workflow_secrets_context", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_ROLE: ${{ vars.DEPLOY_ROLE_ARN }}\n"),
        ("azure_app_setting_keyvault_ref", "\"DbPassword\": \"@Microsoft.KeyVault(SecretUri=https://kv-⟦proj⟧.vault.azure.net/secrets/db-password/)\"\n"),
        ("gcp_secret_manager_version_path", "DB_PASS=projects/⟦acct⟧/secrets/db-pass/versions/latest\n"),
        ("k8s_env_secretkeyref_block", "env:\n  - name: STRIPE_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments\n        key: stripe-secret\n"),
        ("external_secrets_remoteref_yaml", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/⟦proj⟧/db\n        property: password\n"),
        ("terraform_secretsmanager_version_data", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/⟦proj⟧/db\"\n}\npassword = data.aws_secretsmanager_secret_version.db.secret_string\n"),
        ("docker_secret_run_mount_flag", "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n$ docker build --secret id=npmrc,src=$HOME/.npmrc .\n"),
    ],
    "password_discussion_text": [
        ("password_reset_email_template", "Hi {{ name }},\n\nSomeone requested a password reset for your account. If this was you, use the button below. If not, you can ignore this email — your password stays the same.\n"),
        ("security_training_quiz_text", "Q3: Which is the safest way to share a database password with a teammate?\n(a) Slack DM (b) email (c) the team password manager (d) a sticky note\nAnswer: (c)\n"),
        ("incident_retro_rotation_summary", "Action items: rotate the leaked CI token (done ⟦date⟧), add push protection, move deploy keys to OIDC. No credential values are recorded in this document.\n"),
        ("forum_question_password_manager", "Is it worth paying for a password manager if I only have ~40 logins? Currently reusing three passwords and I know that's bad.\n"),
        ("commit_message_redact_secret", "commit ⟦sha⟧\n\n    Stop logging request headers\n\n    The Authorization header was written to debug logs; strip it before logging.\n"),
        ("nist_password_policy_excerpt", "Verifiers SHALL require subscriber-chosen memorized secrets to be at least 8 characters in length and SHOULD permit at least 64 characters.\n"),
        ("chat_where_is_api_key", "⟦first⟧: where do I get the staging API key?\n⟦first2⟧: it's in 1Password under \"Staging / API\", don't paste it here 🙂\n"),
    ],
    "masked_or_truncated_value": [
        ("vercel_env_ls_masked", "$ vercel env ls\n name              value         environments\n STRIPE_SECRET     Encrypted     Production\n OPENAI_API_KEY    Encrypted     Production, Preview\n"),
        ("gitlab_job_log_masked_variable", "$ echo \"token is $DEPLOY_TOKEN\"\ntoken is [MASKED]\n"),
        ("heroku_config_masked_output", "=== ⟦proj⟧ Config Vars\nDATABASE_URL: postgres://****:****@ec2-host.compute.amazonaws.com:5432/****\nREDIS_URL:    [redacted]\n"),
        ("openai_dashboard_key_hint", "Name: ci-bot   Secret key: sk-...⟦a:an:4⟧   Created: ⟦date⟧   Last used: never\n"),
        ("github_settings_token_list_masked", "Personal access tokens (classic)\n  deploy-bot — ghp_************************⟦a:an:4⟧ — Expires on ⟦date⟧\n"),
        ("aws_console_secret_shown_once_masked", "Access key ⟦akid⟧   Secret access key ****************************************   Status: Active\n"),
        ("log_scrubber_output_line", "⟦iso⟧ INFO outbound request headers={\"Authorization\": \"Bearer <redacted len=72>\", \"X-Api-Key\": \"***\"}\n"),
    ],
    "test_dummy_credential": [
        ("pytest_fixture_fake_token", "@pytest.fixture\ndef client(monkeypatch):\n    monkeypatch.setenv(\"API_TOKEN\", \"fake-token-for-tests\")\n    return make_client()\n"),
        ("jest_mock_env_file", "// jest.setup.js\nprocess.env.STRIPE_SECRET_KEY = 'sk_test_dummy';\nprocess.env.SENDGRID_API_KEY = 'SG.test.mock';\n"),
        ("vcr_cassette_filtered_header", "request:\n  headers:\n    Authorization:\n    - <FILTERED>\n  uri: https://api.⟦domain⟧/v1/users\n"),
        ("testcontainers_default_user_pass", "PostgreSQLContainer<?> pg = new PostgreSQLContainer<>(\"postgres:16\").withUsername(\"test\").withPassword(\"test\");\n"),
        ("rspec_let_dummy_password", "let(:password) { \"password\" }\nlet(:user) { create(:user, password: password) }\n"),
        ("go_test_table_fake_keys", "tests := []struct{ name, key string }{\n    {\"empty\", \"\"},\n    {\"short\", \"abc\"},\n    {\"fake\", \"not-a-real-key\"},\n}\n"),
        ("wiremock_stub_dummy_bearer", "{\"request\": {\"headers\": {\"Authorization\": {\"equalTo\": \"Bearer test-token\"}}}, \"response\": {\"status\": 200}}\n"),
    ],
    "key_fingerprint_or_keyid": [
        ("ssh_keygen_lf_fingerprint", "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:⟦a:b64:43⟧ ⟦user⟧@laptop (ED25519)\n"),
        ("gpg_list_keys_fingerprint", "pub   ed25519 2024-02-11 [SC]\n      ⟦a:HEX:40⟧\nuid           [ultimate] ⟦first⟧ <⟦email⟧>\n"),
        ("openssl_x509_fingerprint_output", "sha256 Fingerprint=⟦a:HEX:2⟧:⟦b:HEX:2⟧:⟦c:HEX:2⟧:⟦d:HEX:2⟧:⟦e:HEX:2⟧:⟦f:HEX:2⟧:⟦g:HEX:2⟧:⟦h:HEX:2⟧:⟦i:HEX:2⟧:⟦j:HEX:2⟧:⟦k:HEX:2⟧:⟦l:HEX:2⟧\n"),
        ("ssh_known_hosts_prompt_text", "The authenticity of host '⟦host⟧ (⟦ip⟧)' can't be established.\nED25519 key fingerprint is SHA256:⟦a:b64:43⟧.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?\n"),
        ("aws_kms_key_id_listing", "KeyId: ⟦uuid⟧\nKeyArn: arn:aws:kms:⟦region⟧:⟦acct⟧:key/⟦uuid⟧\n"),
        ("tls_ja3_fingerprint_log", "⟦iso⟧ tls client ⟦ip⟧ ja3=⟦a:hex:32⟧ ja4=t13d1516h2_⟦b:hex:12⟧_⟦c:hex:12⟧\n"),
        ("apple_team_and_key_ids", "Team ID: ⟦a:AU:10⟧\nKey ID: ⟦b:AU:10⟧\nBundle ID: com.⟦org⟧.app\n"),
    ],
    "public_blockchain_data": [
        ("bitcoin_bech32_addresses_list", "donations:\n  btc: bc1q⟦a:bech:38⟧\n  ltc: ltc1q⟦b:bech:38⟧\n"),
        ("etherscan_tx_receipt_copy", "Transaction Hash: 0x⟦a:hex:64⟧\nFrom: 0x⟦b:hex:40⟧\nTo: 0x⟦c:hex:40⟧\nStatus: Success\n"),
        ("tezos_tz1_address_explorer", "Baker tz1⟦a:b58:33⟧ — staking balance 12,040 ꜩ\n"),
        ("cardano_addr1_payment_address", "Send ADA to: addr1q⟦a:bech:98⟧\n"),
        ("nats_public_user_nkey_listing", "$ nsc list users\n│ alerts │ U⟦a:b32:55⟧ │\n"),
        ("nostr_npub_profile_link", "Follow me on nostr: npub1⟦a:bech:58⟧\n"),
        ("avalanche_x_chain_address", "X-avax1⟦a:bech:38⟧\n"),
    ],
    "high_entropy_non_secret_encoding": [
        ("blurhash_image_placeholders", "[{\"src\": \"/img/hero.jpg\", \"blurhash\": \"L⟦a:b64u:27⟧\"}, {\"src\": \"/img/team.jpg\", \"blurhash\": \"L⟦b:b64u:27⟧\"}]\n"),
        ("google_encoded_polyline_route", "{\"overview_polyline\": {\"points\": \"⟦a:an:60⟧\"}}\n"),
        ("source_map_mappings_vlq", "{\"version\":3,\"file\":\"app.js\",\"mappings\":\";;AAAA,⟦a:an:40⟧,IAAI;⟦b:an:40⟧\"}\n"),
        ("wasm_atob_instantiate_snippet", "const wasm = Uint8Array.from(atob('AGFzbQEAAAAB⟦a:b64:120⟧'), c => c.charCodeAt(0));\n"),
        ("vapid_public_key_frontend", "const applicationServerKey = 'B⟦a:b64u:86⟧'; // VAPID public key\n"),
        ("grpc_reflection_descriptor_field", "descriptor_set: \"Cg⟦a:b64:150⟧\"\n"),
        ("geohash_and_pluscode_rows", "store,geohash,pluscode\nfra-1,u0yj⟦a:al:8⟧,9F2C4⟦b:AU:4⟧+⟦c:AU:2⟧\n"),
    ],
}

WRAPPERS = [
    ("__in_discussion_reply", "> ⟦first⟧ wrote:\n> can someone sanity-check this?\n\nSure, pasting what I see on my side:\n\n", "\nLooks normal to me.\n"),
    ("__in_runbook_excerpt", "## Runbook excerpt (⟦date⟧)\n\nExpected output:\n\n```\n", "```\n"),
    ("__in_terminal_scrollback", "⟦user⟧@⟦host⟧:~$ # scrollback copied for the ticket\n", "⟦user⟧@⟦host⟧:~$ \n"),
]
