"""Vendor part: one record per new vendor credential type, 12 new presentation styles."""
import base64, json, random
from common import rs, shape, uuid4, jwt, owner_password, b64_of_bytes, b64url_json

SEED = 7902


def _cf_tunnel(r):
    return base64.b64encode(json.dumps({"a": rs(r, "hex", 32), "t": uuid4(r), "s": b64_of_bytes(r, 32)},
                                       separators=(",", ":")).encode()).decode()


def _glc(r):
    return "glc_" + base64.b64encode(json.dumps({"o": rs(r, "d", 6), "n": "stack-" + rs(r, "d", 6) + "-alloy",
                                                 "k": rs(r, "an", 24), "m": {"r": "prod-eu-west-2"}},
                                                separators=(",", ":")).encode()).decode()


def _sntrys(r):
    payload = b64url_json({"iat": 1700000000 + r.randrange(10**7), "url": "https://sentry.io",
                           "region_url": "https://de.sentry.io", "org": "platform-" + rs(r, "la", 5)})
    return "sntrys_" + payload + "_" + rs(r, "b64u", 43)


def _supabase(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, "lower", 20),
                                                  "role": "service_role", "iat": 1700000000, "exp": 2015000000}, 43)


def _argocd_jwt(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "argocd", "sub": "proj:platform:ci-" + rs(r, "la", 4),
                                                  "nbf": 1700000000, "iat": 1700000000, "jti": uuid4(r)}, 43)


def _turso(r):
    return jwt(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": 1700000000 + r.randrange(10**6),
                                                  "id": uuid4(r)}, 86)


def _mapbox(r):
    return "sk." + b64url_json({"u": "platform-" + rs(r, "la", 5), "a": rs(r, "la", 25)}) + "." + rs(r, "b64u", 22)


# (type, shape parts or callable)
V = [
 ("hashicorp_vault_service_token", ["hvs.", ("an", 24)]),
 ("hashicorp_vault_batch_token", ["hvb.AAAAAQ", ("b64u", 120)]),
 ("vault_legacy_root_token", ["s.", ("an", 24)]),
 ("vault_unseal_key_share_hex", [("hex", 66)]),
 ("vault_recovery_key_b64", lambda r: b64_of_bytes(r, 32)),
 ("hcp_terraform_user_api_token", [("an", 14), ".atlasv1.", ("an", 67)]),
 ("hcp_service_principal_client_secret", [("an", 64)]),
 ("digitalocean_personal_access_token", ["dop_v1_", ("hex", 64)]),
 ("digitalocean_oauth_token", ["doo_v1_", ("hex", 64)]),
 ("digitalocean_spaces_secret_key", [("b64", 43)]),
 ("gitlab_personal_access_token", ["glpat-", ("b64u", 20)]),
 ("gitlab_deploy_token", ["gldt-", ("b64u", 20)]),
 ("gitlab_runner_authentication_token", ["glrt-", ("b64u", 20)]),
 ("gitlab_kubernetes_agent_token", ["glagent-", ("b64u", 50)]),
 ("gitlab_feed_token", ["glft-", ("b64u", 20)]),
 ("github_fine_grained_pat", ["github_pat_11", ("ua", 20), "_", ("an", 59)]),
 ("github_app_installation_token", ["ghs_", ("an", 36)]),
 ("github_oauth_app_token", ["gho_", ("an", 36)]),
 ("github_app_refresh_token", ["ghr_", ("an", 76)]),
 ("npm_automation_token", ["npm_", ("an", 36)]),
 ("pypi_upload_token", ["pypi-AgEIcHlwaS5vcmc", ("b64u", 70)]),
 ("docker_hub_personal_access_token", ["dckr_pat_", ("b64u", 27)]),
 ("quay_robot_account_token", [("ua", 64)]),
 ("harbor_robot_account_secret", [("an", 32)]),
 ("google_cloud_api_key", ["AIza", ("b64u", 35)]),
 ("gcp_oauth_client_secret", ["GOCSPX-", ("b64u", 28)]),
 ("azure_storage_account_key", lambda r: b64_of_bytes(r, 64)),
 ("azure_cosmosdb_primary_key", lambda r: b64_of_bytes(r, 64)),
 ("azure_container_registry_admin_password", [("an", 32), "+ACR", ("an", 16)]),
 ("azure_event_hubs_sas_key", lambda r: b64_of_bytes(r, 32)),
 ("aws_ses_smtp_credential_password", ["B", ("b64", 43)]),
 ("cloudflare_origin_ca_key", ["v1.0-", ("hex", 24), "-", ("hex", 146)]),
 ("cloudflare_global_api_key", [("hex", 37)]),
 ("cloudflare_tunnel_run_token", _cf_tunnel),
 ("cloudflare_r2_secret_access_key", [("hex", 64)]),
 ("tailscale_auth_key", ["tskey-auth-k", ("an", 16), "-", ("an", 33)]),
 ("tailscale_oauth_client_secret", ["tskey-client-k", ("an", 16), "-", ("an", 33)]),
 ("sentry_org_auth_token", _sntrys),
 ("sentry_user_auth_token", ["sntryu_", ("hex", 64)]),
 ("honeycomb_ingest_api_key", ["hcaik_01", ("la", 58)]),
 ("datadog_application_key", [("hex", 40)]),
 ("grafana_cloud_access_policy_token", _glc),
 ("pagerduty_rest_api_key", ["u+", ("b64u", 18)]),
 ("pagerduty_events_integration_key", [("hex", 32)]),
 ("slack_app_level_token", ["xapp-1-A", ("ua", 10), "-", ("d", 13), "-", ("hex", 64)]),
 ("discord_bot_token", ["MT", ("b64u", 24), ".", ("b64u", 6), ".", ("b64u", 38)]),
 ("mattermost_personal_access_token", [("la", 26)]),
 ("drone_ci_user_token", [("an", 32)]),
 ("argocd_project_role_jwt", _argocd_jwt),
 ("codefresh_api_key", [("hex", 24), ".", ("hex", 32)]),
 ("semgrep_app_token", [("hex", 64)]),
 ("wiz_service_account_client_secret", [("an", 64)]),
 ("sysdig_secure_api_token", uuid4),
 ("lacework_api_secret", ["_", ("hex", 32)]),
 ("prisma_cloud_secret_key", lambda r: b64_of_bytes(r, 21)),
 ("rancher_api_bearer_token", ["token-", ("la", 5), ":", ("la", 54)]),
 ("openshift_oauth_access_token", ["sha256~", ("b64u", 43)]),
 ("kubeadm_bootstrap_token", [("la", 6), ".", ("la", 16)]),
 ("k3s_cluster_join_token", ["K10", ("hex", 64), "::server:", ("hex", 32)]),
 ("kube_apiserver_encryption_aescbc_key", lambda r: b64_of_bytes(r, 32)),
 ("civo_api_key", [("an", 50)]),
 ("exoscale_api_secret", [("b64u", 43)]),
 ("equinix_metal_auth_token", [("an", 32)]),
 ("rackspace_cloud_api_key", [("hex", 32)]),
 ("fly_io_macaroon_token", ["FlyV1 fm2_", ("b64", 160)]),
 ("infracost_api_key", ["ico-", ("an", 32)]),
 ("spacelift_api_key_secret", [("hex", 64)]),
 ("env0_api_key_secret", [("an", 32)]),
 ("mongodb_atlas_api_private_key", uuid4),
 ("aiven_api_token", lambda r: b64_of_bytes(r, 96)),
 ("cockroach_cloud_service_account_key", ["CCDB1_", ("an", 22), "_", ("an", 40)]),
 ("neon_api_key", ["napi_", ("la", 64)]),
 ("supabase_service_role_jwt", _supabase),
 ("supabase_management_access_token", ["sbp_", ("hex", 40)]),
 ("upstash_redis_rest_token", ["AX", ("b64", 58), "="]),
 ("turso_database_auth_token", _turso),
 ("databricks_personal_access_token", ["dapi", ("hex", 32)]),
 ("mapbox_secret_access_token", _mapbox),
 ("launchdarkly_server_sdk_key", lambda r: "sdk-" + uuid4(r)),
 ("launchdarkly_api_access_token", lambda r: "api-" + uuid4(r)),
 ("flagsmith_server_side_key", ["ser.", ("an", 22)]),
 ("conjur_host_api_key", [("la", 51)]),
 ("akeyless_access_key", lambda r: b64_of_bytes(r, 33)),
 ("acme_eab_hmac_key", [("b64u", 64)]),
 ("zerossl_access_key", [("hex", 32)]),
 ("porkbun_secret_api_key", ["sk1_", ("hex", 64)]),
 ("godaddy_api_secret", [("an", 22)]),
 ("ns1_api_key", [("an", 20)]),
 ("external_dns_rfc2136_tsig_secret", lambda r: b64_of_bytes(r, 32)),
 ("consul_acl_secret_id", uuid4),
 ("nomad_acl_token_secret_id", uuid4),
 ("kong_konnect_personal_access_token", ["kpat_", ("an", 49)]),
 ("cast_ai_api_token", [("hex", 64)]),
 ("spot_io_personal_access_token", [("hex", 64)]),
 ("artifact_hub_api_key_secret", lambda r: b64_of_bytes(r, 32)),
 ("cloudsmith_api_key", [("hex", 40)]),
 ("packagecloud_api_token", [("hex", 48)]),
 ("gemfury_push_token", [("an", 20)]),
 ("linear_personal_api_key", ["lin_api_", ("an", 40)]),
 ("notion_internal_integration_secret", ["ntn_", ("d", 11), ("an", 35)]),
 ("airtable_personal_access_token", ["pat", ("an", 14), ".", ("hex", 64)]),
 ("asana_personal_access_token", ["2/", ("d", 16), "/", ("d", 16), ":", ("hex", 32)]),
 ("anthropic_api_key", ["sk-ant-api03-", ("b64u", 93), "AA"]),
 ("huggingface_user_access_token", ["hf_", ("alpha", 34)]),
 ("groq_cloud_api_key", ["gsk_", ("an", 52)]),
 ("replicate_api_token", ["r8_", ("an", 37)]),
 ("perplexity_api_key", ["pplx-", ("an", 48)]),
 ("mailgun_private_api_key", [("hex", 32), "-", ("hex", 8), "-", ("hex", 8)]),
 ("postmark_server_api_token", uuid4),
 ("resend_api_key", ["re_", ("an", 8), "_", ("an", 24)]),
 ("mailersend_api_token", ["mlsn.", ("hex", 64)]),
 ("stripe_restricted_live_key", ["rk_live_51", ("an", 96)]),
 ("braintree_private_key", [("hex", 32)]),
 ("auth0_management_client_secret", [("b64u", 64)]),
 ("keycloak_confidential_client_secret", [("an", 32)]),
 ("oauth2_proxy_cookie_secret", [("b64u", 43), "="]),
 ("dex_static_client_secret", [("b64u", 40)]),
 ("stytch_project_secret", ["secret-live-", ("b64u", 36)]),
 ("firebase_cloud_messaging_server_key", ["AAAA", ("b64u", 7), ":APA91b", ("b64u", 134)]),
 ("posthog_personal_api_key", ["phx_", ("an", 43)]),
 ("rollbar_project_access_token", [("hex", 32)]),
 ("coralogix_send_your_data_key", ["cxtp_", ("an", 30)]),
 ("axiom_api_token", lambda r: "xaat-" + uuid4(r)),
 ("backblaze_b2_application_key", ["K00", ("b64u", 28)]),
]

STYLES = {
 "kubectl_create_secret_from_literal": lambda K, v, r: f"kubectl -n {r.choice(['platform','ci','infra'])} create secret generic {K.lower().replace('_','-')} \\\n  --from-literal={K.lower()}={v} --dry-run=client -o yaml > secret.yaml\n",
 "helmfile_set_value_entry": lambda K, v, r: f"    set:\n      - name: credentials.{K.lower()}\n        value: {v}\n",
 "vault_kv_put_invocation": lambda K, v, r: f"vault kv put -mount=kv platform/{K.lower().replace('_','-')} value='{v}'\n",
 "terraform_state_sensitive_leak": lambda K, v, r: f'        "attributes": {{\n          "name": "{K.lower()}",\n          "value": "{v}",\n          "sensitive": true\n        }},\n',
 "pulumi_config_plaintext_entry": lambda K, v, r: f"config:\n  platform:{K.lower()}: {v}\n",
 "crossplane_connection_details_dump": lambda K, v, r: f"$ kubectl get secret xr-conn -o go-template='{{{{range $k,$v := .data}}}}{{{{$k}}}}={{{{$v|base64decode}}}}{{{{\"\\n\"}}}}{{{{end}}}}'\nendpoint=https://api.platform.example\n{K.lower()}={v}\n",
 "envrc_direnv_export": lambda K, v, r: f"# .envrc (direnv)\nexport KUBECONFIG=$PWD/.kube/config\nexport {K}={v}\n",
 "k9s_env_plugin_yaml": lambda K, v, r: f"plugins:\n  debug-{r.choice(['db','api','queue'])}:\n    shortCut: Shift-D\n    command: bash\n    args: [-c, \"{K}={v} ./debug.sh $NAME\"]\n",
 "helm_set_string_flag": lambda K, v, r: f"helm upgrade --install platform-addons ./addons \\\n  --set-string secrets.{K.lower()}='{v}'\n",
 "ansible_k8s_stringdata_task": lambda K, v, r: f"- name: create {K.lower()} secret\n  kubernetes.core.k8s:\n    definition:\n      kind: Secret\n      stringData:\n        {K.lower()}: \"{v}\"\n",
 "argocd_plugin_env_entry": lambda K, v, r: f"  source:\n    plugin:\n      env:\n        - name: {K}\n          value: {v}\n",
 "jsonnet_tanka_local_binding": lambda K, v, r: (lambda c: f"local {c} = '{v}';\n{{ data+: {{ secret: {c} }} }}\n")(''.join(p.capitalize() if i else p for i, p in enumerate(K.lower().split('_')))),
}


def generate(pool):
    rng = random.Random(SEED)
    styles = sorted(STYLES)
    recs = []
    for i, (t, spec) in enumerate(V):
        if callable(spec):
            fn = lambda: spec(rng)
        else:
            fn = lambda: shape(rng, spec)
        v = pool.take(fn)
        st = styles[i % len(styles)]
        text = STYLES[st](t.upper(), v, rng)
        s = text.index(v)
        recs.append({"type": t, "container": f"{t}__{st}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "vendor"})
    return recs
