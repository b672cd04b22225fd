from django.shortcuts import render

OPENSEARCH_TYPE = "application/opensearchdescription+xml"


def opensearch(request):
    """The OpenSearch description a browser reads to add the archive as a search engine."""
    return render(request, "articles/opensearch.xml", content_type=f"{OPENSEARCH_TYPE}; charset=utf-8")
