"""Everyday part: 45 new Kubernetes / GitOps container kinds x 4 records, 16 span types."""
import random
from common import rs, shape, uuid4, jwt, owner_password

SEED = 7901

REPEATED = ["aws_secret_access_key", "database_password", "github_personal_access_token", "slack_bot_token",
            "sendgrid_api_key", "stripe_live_secret_key", "twilio_auth_token", "smtp_password",
            "jwt_signing_secret", "openai_project_api_key"]
NEW = ["kube_service_account_jwt", "vault_approle_secret_id", "sops_age_identity_key",
       "container_registry_password", "argocd_admin_password", "helm_repo_basic_auth_password"]
TYPES = REPEATED + NEW
KEYBASE = {"aws_secret_access_key": "aws_secret_access_key", "database_password": "db_password",
           "github_personal_access_token": "github_token", "slack_bot_token": "slack_bot_token",
           "sendgrid_api_key": "sendgrid_api_key", "stripe_live_secret_key": "stripe_secret_key",
           "twilio_auth_token": "twilio_auth_token", "smtp_password": "smtp_password",
           "jwt_signing_secret": "jwt_secret", "openai_project_api_key": "openai_api_key",
           "kube_service_account_jwt": "sa_token", "vault_approle_secret_id": "vault_secret_id",
           "sops_age_identity_key": "sops_age_key", "container_registry_password": "registry_password",
           "argocd_admin_password": "argocd_admin_password", "helm_repo_basic_auth_password": "helm_repo_password"}


def gen_value(rng, t, f=None):
    if t == "aws_secret_access_key":
        return rs(rng, "b64", 40)
    if t in ("database_password", "smtp_password", "container_registry_password", "argocd_admin_password",
             "helm_repo_basic_auth_password"):
        return owner_password(rng)
    if t == "github_personal_access_token":
        return "ghp_" + rs(rng, "an", 36)
    if t == "slack_bot_token":
        return f"xoxb-{rs(rng, 'd', 12)}-{rs(rng, 'd', 13)}-{rs(rng, 'an', 24)}"
    if t == "sendgrid_api_key":
        return "SG." + rs(rng, "b64u", 22) + "." + rs(rng, "b64u", 43)
    if t == "stripe_live_secret_key":
        return "sk_live_51" + rs(rng, "an", 96)
    if t == "twilio_auth_token":
        return rs(rng, "hex", 32)
    if t == "jwt_signing_secret":
        return rs(rng, "b64u", 48)
    if t == "openai_project_api_key":
        return "sk-proj-" + rs(rng, "b64u", 64) + "T3BlbkFJ" + rs(rng, "b64u", 64)
    if t == "kube_service_account_jwt":
        ns = rng.choice(["platform", "ci", "argocd", "flux-system"])
        sa = rng.choice(["deployer", "image-updater", "crossplane", "backup"])
        return jwt(rng, {"alg": "RS256", "kid": rs(rng, "b64u", 43)},
                   {"aud": ["https://kubernetes.default.svc"], "exp": 1900000000 + rng.randrange(10**7),
                    "iss": "https://kubernetes.default.svc", "kubernetes.io": {"namespace": ns,
                    "serviceaccount": {"name": sa, "uid": uuid4(rng)}}, "sub": f"system:serviceaccount:{ns}:{sa}"}, 342)
    if t == "vault_approle_secret_id":
        return uuid4(rng)
    if t == "sops_age_identity_key":
        return "AGE-SECRET-KEY-1" + rs(rng, "bech", 58)
    raise KeyError(t)


def keyforms(t):
    b = KEYBASE[t]
    parts = b.split("_")
    return {"k": b, "K": b.upper(), "kc": parts[0] + "".join(p.capitalize() for p in parts[1:]),
            "kd": b.replace("_", "-")}


# «V» value, «k» snake key, «K» UPPER key, «kc» camelCase, «kd» kebab; others from fill()
KINDS = {
 "helm_values_yaml_override": "# values-«cl».yaml (override for «app»)\nreplicaCount: «n»\nimage:\n  tag: «ver»\nextraEnv:\n  «K»: \"«V»\"\nresources:\n  limits: {cpu: 500m}\n",
 "helm_chart_templates_secret_yaml": "{{- if .Values.legacyInline }}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"«app».fullname\" . }}\nstringData:\n  «kd»: «V»\n{{- end }}\n",
 "helmfile_yaml_release_values": "releases:\n  - name: «app»\n    namespace: «ns»\n    chart: internal/«app»\n    version: «ver»\n    values:\n      - config:\n          «kc»: «V»\n",
 "argocd_application_manifest": "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: «app»-«cl»\n  namespace: argocd\nspec:\n  source:\n    helm:\n      parameters:\n        - name: secrets.«kc»\n          value: «V»\n  destination:\n    namespace: «ns»\n",
 "argocd_applicationset_generator": "generators:\n  - list:\n      elements:\n        - cluster: «cl»\n          «kc»: '«V»'\n        - cluster: stg-eu-1\n          «kc»: '{{placeholder}}'\n",
 "argocd_repo_creds_secret": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-creds-«n»\n  labels:\n    argocd.argoproj.io/secret-type: repo-creds\nstringData:\n  url: https://«host»/«ns»\n  «kd»: «V»\n",
 "flux_kustomization_postbuild_substitute": "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: «app»\nspec:\n  interval: 10m\n  postBuild:\n    substitute:\n      «K»: \"«V»\"\n      cluster_name: «cl»\n",
 "flux_helmrelease_values": "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: «app»\n  namespace: «ns»\nspec:\n  chart:\n    spec: {chart: «app», version: «ver»}\n  values:\n    env:\n      - name: «K»\n        value: «V»\n",
 "flux_gitrepository_secret_patch": "# clusters/«cl»/flux-system/gotk-patch.yaml\n- op: add\n  path: /stringData/«kd»\n  value: «V»\n",
 "kustomize_overlay_patch_yaml": "# overlays/«cl»/patch-env.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: «app»\nspec:\n  template:\n    spec:\n      containers:\n        - name: «app»\n          env:\n            - {name: «K», value: «V»}\n",
 "crossplane_composition_patch": "patches:\n  - type: FromCompositeFieldPath\n    fromFieldPath: spec.parameters.size\n  - type: PatchSet\n    patchSetName: common\n# TODO move to secret store, temp literal:\n  - type: FromValue\n    toFieldPath: spec.forProvider.«kc»\n    value: «V»\n",
 "crossplane_provider_config_manifest": "apiVersion: kubernetes.crossplane.io/v1alpha1\nkind: ProviderConfig\nmetadata:\n  name: «cl»\nspec:\n  credentials:\n    source: InjectedIdentity\n  # debugging «day», remove!\n  «kc»: «V»\n",
 "external_secrets_fake_provider_store": "apiVersion: external-secrets.io/v1beta1\nkind: ClusterSecretStore\nmetadata:\n  name: fake-«ns»\nspec:\n  provider:\n    fake:\n      data:\n        - key: /«ns»/«k»\n          value: «V»\n",
 "vault_agent_config_hcl": "auto_auth {\n  method \"approle\" {\n    config = {\n      role_id_file_path = \"/etc/vault/role-id\"\n      «k» = \"«V»\"\n    }\n  }\n}\n",
 "vault_agent_rendered_env_file": "# rendered by vault-agent «ver» at «hh» UTC -> /vault/secrets/env\nexport APP_ENV=«cl»\nexport «K»=\"«V»\"\n",
 "sops_decrypted_values_dump": "$ sops -d secrets.«cl».enc.yaml | head\n«k»: «V»\nlog_level: info\nsops_version: 3.8.1\n",
 "sealed_secrets_raw_input_secret": "# raw input for kubeseal (DO NOT COMMIT, add to .gitignore)\napiVersion: v1\nkind: Secret\nmetadata: {name: «app»-creds, namespace: «ns»}\nstringData:\n  «kd»: «V»\n",
 "istio_envoyfilter_lua_header": "  patch:\n    operation: INSERT_BEFORE\n    value:\n      name: envoy.lua\n      typed_config:\n        inlineCode: |\n          function envoy_on_request(h)\n            h:headers():add(\"x-«kd»\", \"«V»\")\n          end\n",
 "cert_manager_acme_issuer_manifest": "apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: letsencrypt-«cl»\nspec:\n  acme:\n    server: https://acme-v02.api.letsencrypt.org/directory\n    # webhook solver config, «kc» inline for now\n    «kc»: «V»\n",
 "cert_manager_vault_issuer_spec": "spec:\n  vault:\n    server: https://«host»:8200\n    path: pki_int/sign/«ns»\n    auth:\n      appRole:\n        path: approle\n        roleId: «n»a1f-role\n        «kc»: «V»\n",
 "terraform_state_json_resource": "{\n  \"mode\": \"managed\",\n  \"type\": \"kubernetes_secret\",\n  \"name\": \"«app»\",\n  \"instances\": [{\"attributes\": {\"data\": {\"«k»\": \"«V»\"}, \"id\": \"«ns»/«app»\"}}]\n}\n",
 "terraform_plan_text_output": "  # helm_release.«app» will be updated in-place\n  ~ resource \"helm_release\" \"«app»\" {\n      ~ set {\n          ~ name  = \"«k»\"\n          ~ value = \"«V»\"\n        }\n    }\nPlan: 0 to add, 1 to change, 0 to destroy.\n",
 "terraform_tfvars_json_file": "{\n  \"cluster_name\": \"«cl»\",\n  \"node_count\": «n»,\n  \"«k»\": \"«V»\"\n}\n",
 "pulumi_stack_config_yaml": "config:\n  aws:region: eu-west-1\n  «app»:«kc»: «V»\n  «app»:replicas: «n»\n",
 "pulumi_program_typescript_index": "const secret = new k8s.core.v1.Secret(\"«app»\", {\n    metadata: { namespace: \"«ns»\" },\n    stringData: { «kc»: \"«V»\" },\n});\n",
 "operator_custom_resource_spec": "apiVersion: «ns».platform.example/v1alpha1\nkind: ManagedService\nmetadata:\n  name: «app»\nspec:\n  tier: standard\n  bootstrap:\n    «kc»: «V»\n",
 "kubectl_get_secret_decoded_session": "$ kubectl -n «ns» get secret «app» -o jsonpath='{.data.«kd»}' | base64 -d\n«V»\n$ \n",
 "k9s_secret_decode_view": " Secret(«ns»/«app») [x] decoded\n ─────────────────────────────\n «kd»: «V»\n <esc> Back  <c> Copy\n",
 "kubectl_describe_configmap_output": "Name:         «app»-config\nNamespace:    «ns»\nData\n====\n«k»:\n----\n«V»\nBinaryData\n====\n",
 "cluster_bootstrap_bash_script": "#!/usr/bin/env bash\nset -euo pipefail\nCLUSTER=«cl»\n«K»='«V»'\nkubectl create ns «ns» --dry-run=client -o yaml | kubectl apply -f -\n",
 "kubeadm_init_config_yaml": "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: v1.«n»9.0\napiServer:\n  extraArgs:\n    audit-log-maxage: \"30\"\n# «k» for the post-init hook:\n# «V»\n",
 "talos_machine_config_patch": "machine:\n  env:\n    «K»: «V»\n  kubelet:\n    extraArgs:\n      rotate-server-certificates: true\n",
 "cloud_controller_manager_cloud_config": "[Global]\nauth-url = https://«host»:5000/v3\nusername = ccm-«cl»\n«k» = «V»\nregion = RegionOne\n",
 "ingress_nginx_configmap_snippet": "data:\n  server-snippet: |\n    set $«k» \"«V»\";\n    proxy_set_header X-Upstream-Auth $«k»;\n",
 "prometheus_additional_scrape_configs": "- job_name: «app»\n  scheme: https\n  static_configs:\n    - targets: ['«host»:9100']\n  authorization:\n    credentials: «V»\n  # «k»\n",
 "grafana_datasource_provisioning_yaml": "apiVersion: 1\ndatasources:\n  - name: «app»\n    type: postgres\n    url: «host»:«port»\n    secureJsonData:\n      «kc»: «V»\n",
 "loki_storage_config_yaml": "storage_config:\n  aws:\n    bucketnames: loki-«cl»\n    region: eu-west-1\n    «k»: «V»\n",
 "tekton_pipelinerun_params": "apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata:\n  generateName: «app»-build-\nspec:\n  params:\n    - name: «kd»\n      value: «V»\n",
 "argo_workflows_template_yaml": "templates:\n  - name: migrate\n    container:\n      image: «app»:«ver»\n      args: [\"--«kd»\", \"«V»\"]\n",
 "gitlab_ci_kube_deploy_job": "deploy:«cl»:\n  stage: deploy\n  variables:\n    «K»: \"«V»\"\n  script:\n    - helm upgrade --install «app» ./chart -n «ns»\n",
 "platform_oncall_slack_thread": "«user» [«hh»]  argo is stuck on «app» again\n«user2» [«hh»]  try with this «kd» for now: «V»\n«user» [«hh»]  👍 works\n",
 "cluster_upgrade_postmortem_md": "## Timeline («day»)\n- «hh» upgrade of «cl» started\n- «hh» workloads in «ns» crashlooping; «k» in the chart was reset, manually set to `«V»`\n- later: rotated\n",
 "platform_team_handover_email": "Subject: handover «cl» week «n»\n\nHi «user2»,\nopen items: cert renewals, the «app» chart bump.\nThe «k» we use on «cl» is «V» until the ESO migration lands.\n\nCheers, «user»\n",
 "backstage_app_config_yaml": "integrations:\n  gitlab:\n    - host: «host»\nkubernetes:\n  clusterLocatorMethods:\n    - type: config\n      clusters:\n        - name: «cl»\n          «kc»: «V»\n",
 "atlantis_repo_config_yaml": "repos:\n  - id: /.*/\n    workflow: «cl»\nworkflows:\n  «cl»:\n    plan:\n      steps:\n        - env: {name: «K», value: «V»}\n        - init\n        - plan\n",
}


def sub(tpl, m):
    out = tpl
    for k in sorted(m, key=len, reverse=True):
        out = out.replace("«" + k + "»", str(m[k]))
    return out


def generate(pool, fill):
    rng = random.Random(SEED)
    use = {t: 0 for t in TYPES}
    recs = []
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in TYPES if t not in chosen), key=lambda t: (use[t], rng.random()))
            t = cands[0]
            chosen.append(t)
            use[t] += 1
            v = pool.take(lambda: gen_value(rng, t))
            m = dict(fill(rng))
            m.update(keyforms(t))
            m["V"] = v
            text = sub(KINDS[kind], m)
            s = text.index(v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "everyday"})
    return recs
