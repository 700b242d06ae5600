# azd post-deploy hook (Windows / PowerShell): subscribes the blob trigger to BlobCreated events on the articles
# container. It does what postdeploy.sh does; keep the two in step.
#
# Why here and not in Bicep: the SummarizeArticle blob trigger uses the Event Grid source, so events reach it through
# the host's webhook https://<app>.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.SummarizeArticle
# &code=<key>. That key is the host's blobs_extension system key, which the host creates the first time it starts with
# the code deployed, i.e. after `azd provision` has finished. Event Grid also validates a webhook when the
# subscription is created, which needs the deployed function to answer. So the subscription can only be made after
# `azd deploy`, and the key may take a minute to appear: the hook wakes the app and retries.
#
# Idempotent: re-running updates the subscription in place (a new key after a key rotation is picked up).
# Values come from the azd environment (outputs of infra/main.bicep).
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$subscriptionName = 'summarize-new-articles'
# About five minutes in all by default; both can be overridden for a slow region or a test.
$attempts = if ($env:SUMMARIZER_HOOK_ATTEMPTS) { [int]$env:SUMMARIZER_HOOK_ATTEMPTS } else { 30 }
$delaySeconds = if ($env:SUMMARIZER_HOOK_RETRY_DELAY_SECONDS) { [int]$env:SUMMARIZER_HOOK_RETRY_DELAY_SECONDS } else { 10 }

function Get-RequiredSetting([string] $name) {
    $value = [Environment]::GetEnvironmentVariable($name)
    if ([string]::IsNullOrEmpty($value)) {
        Write-Error "postdeploy: $name is not set; run this through 'azd deploy' or 'azd up' after provisioning."
    }
    return $value
}

$resourceGroup = Get-RequiredSetting 'AZURE_RESOURCE_GROUP'
$appName = Get-RequiredSetting 'AZURE_FUNCTION_APP_NAME'
$topicName = Get-RequiredSetting 'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME'
$container = Get-RequiredSetting 'SUMMARIZER_ARTICLES_CONTAINER'
$functionName = Get-RequiredSetting 'SUMMARIZER_BLOB_TRIGGER_FUNCTION'
$healthUrl = (Get-RequiredSetting 'SUMMARIZER_API_URL') + '/health'

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error 'postdeploy: the Azure CLI (az) is required to create the Event Grid subscription.'
}

# A Flex Consumption app scales to zero; a request to the anonymous health endpoint starts the host, which is what
# creates the blobs_extension key.
function Invoke-AppWakeUp {
    try {
        Invoke-WebRequest -Uri $healthUrl -Method Get -TimeoutSec 30 -UseBasicParsing | Out-Null
    }
    catch {
        # A cold or still-starting host may fail this request; the key query below is what decides.
    }
}

$blobsKey = ''
for ($attempt = 1; $attempt -le $attempts; $attempt++) {
    Invoke-AppWakeUp
    $blobsKey = az functionapp keys list --resource-group $resourceGroup --name $appName `
        --query 'systemKeys.blobs_extension' --output tsv 2>$null
    if ($LASTEXITCODE -eq 0 -and -not [string]::IsNullOrWhiteSpace($blobsKey)) {
        $blobsKey = $blobsKey.Trim()
        break
    }
    $blobsKey = ''
    Write-Host "postdeploy: blobs_extension key not there yet (attempt $attempt of $attempts); retrying in ${delaySeconds}s."
    Start-Sleep -Seconds $delaySeconds
}

if ([string]::IsNullOrEmpty($blobsKey)) {
    Write-Error ("postdeploy: the host never reported a blobs_extension key. Check that the app started " +
        "(Application Insights, 'az functionapp log'), then run 'azd hooks run postdeploy'.")
}

$endpoint = "https://$appName.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.$functionName&code=$blobsKey"
$subjectFilter = "/blobServices/default/containers/$container/"

az eventgrid system-topic event-subscription show --resource-group $resourceGroup `
    --system-topic-name $topicName --name $subscriptionName --output none 2>$null
$verb = if ($LASTEXITCODE -eq 0) { 'update' } else { 'create' }
Write-Host "postdeploy: running '$verb' for Event Grid subscription '$subscriptionName'."

az eventgrid system-topic event-subscription $verb --resource-group $resourceGroup `
    --system-topic-name $topicName --name $subscriptionName `
    --endpoint $endpoint --endpoint-type webhook `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with $subjectFilter --output none
if ($LASTEXITCODE -ne 0) {
    Write-Error "postdeploy: 'az eventgrid system-topic event-subscription $verb' failed."
}

Write-Host "postdeploy: blobs created under '$container/' now trigger $functionName."

# Private layout: the storage account answers only its private endpoints (and the addresses allowed in), so say how
# to upload from this machine. Event Grid needs nothing more: it calls the app's public webhook, and the app reaches
# storage through the virtual network.
if ($env:SUMMARIZER_NETWORK_LAYOUT -eq 'private') {
    if ([string]::IsNullOrEmpty($env:SUMMARIZER_ALLOWED_IP_ADDRESSES)) {
        Write-Host 'postdeploy: private layout: storage and Azure OpenAI accept no traffic from the internet. To upload articles'
        Write-Host 'postdeploy: from this machine, allow its public address and provision again:'
        Write-Host 'postdeploy:   azd env set SUMMARIZER_ALLOWED_IP_ADDRESSES (Invoke-RestMethod https://api.ipify.org); azd provision'
    }
    else {
        Write-Host "postdeploy: private layout: storage and Azure OpenAI also accept $($env:SUMMARIZER_ALLOWED_IP_ADDRESSES)."
    }
}
