// Alerts on the app's own telemetry in Application Insights (the OpenTelemetry metrics the worker exports: see the
// docs/operations.md, Telemetry): one when articles fail, one when too many summaries come from the fallback engine. Both
// are log alerts on the customMetrics table, because the exporter sends counters as per-interval sums there; they
// notify an action group that e-mails alertEmail when one is given.

@description('Application Insights component the worker exports to.')
param applicationInsightsName string

@description('Region of the alert rules (the component\'s region).')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Prefix of the rule and action group names.')
param namePrefix string

@description('Address notified when an alert fires; empty creates the action group with no receiver (add one in the portal).')
param alertEmail string = ''

@description('Articles failing (error records, transient failures the host retries, failed executions) within one window above which the failure alert fires.')
@minValue(0)
param failureThreshold int = 5

@description('Degraded summaries (the fallback engine wrote them because the model failed) within one window above which the degraded alert fires.')
@minValue(0)
param degradedThreshold int = 10

@description('Window each alert counts over, as an ISO 8601 duration; it is also how often the rules run.')
@allowed([
  'PT15M'
  'PT30M'
  'PT1H'
])
param window string = 'PT1H'

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${namePrefix}'
  location: 'Global'
  tags: tags
  properties: {
    groupShortName: 'summarizer'
    enabled: true
    emailReceivers: empty(alertEmail)
      ? []
      : [
          {
            name: 'operator'
            emailAddress: alertEmail
            useCommonAlertSchema: true
          }
        ]
  }
}

// Counted from the app's own metric (both permanent and transient failures) and from the host's failed executions,
// so a worker that fails before it records anything still raises the alert.
var failureQuery = '''
let articles = customMetrics
| where name == "summarizer.articles"
| where tostring(customDimensions["summarizer.outcome"]) in ("failed", "transient_failure")
| summarize failures = sum(valueSum);
let executions = requests
| where success == false
| summarize failures = todouble(count());
union articles, executions
| summarize failures = sum(failures)
'''

var degradedQuery = '''
customMetrics
| where name == "summarizer.degraded"
| summarize degraded = sum(valueSum)
'''

resource failureAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${namePrefix}-failures'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'Summarizer: articles failing'
    description: 'More than ${failureThreshold} articles failed (error records, transient failures or failed executions) in ${window}.'
    severity: 2
    enabled: true
    scopes: [
      applicationInsights.id
    ]
    evaluationFrequency: window
    windowSize: window
    criteria: {
      allOf: [
        {
          query: failureQuery
          timeAggregation: 'Total'
          metricMeasureColumn: 'failures'
          operator: 'GreaterThan'
          threshold: failureThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

resource degradedAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${namePrefix}-degraded'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'Summarizer: degraded summaries'
    description: 'More than ${degradedThreshold} summaries came from the fallback engine in ${window}: the model is failing or refusing.'
    severity: 3
    enabled: true
    scopes: [
      applicationInsights.id
    ]
    evaluationFrequency: window
    windowSize: window
    criteria: {
      allOf: [
        {
          query: degradedQuery
          timeAggregation: 'Total'
          metricMeasureColumn: 'degraded'
          operator: 'GreaterThan'
          threshold: degradedThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

output actionGroupId string = actionGroup.id
output failureAlertName string = failureAlert.name
output degradedAlertName string = degradedAlert.name
