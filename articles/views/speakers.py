from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from articles.listing_forms import QuoteFilterForm
from articles.models import Quote, Speaker
from articles.presentation.attention import speaker_attention

PER_PAGE = 30


def speaker_detail(request, slug):
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), slug=slug)
    if speaker.merged_into_id:
        return redirect(speaker.merged_into, permanent=True)
    quotes = Quote.objects.published().by_speaker(speaker)
    outlet_counts = list(quotes.outlet_counts())
    form = QuoteFilterForm(
        request.GET,
        outlets=[(row["slug"], row["outlet"]) for row in outlet_counts if row["slug"]],
        years=list(quotes.years()),
    )
    shown = form.narrow(quotes).newest_first()
    choice = form.choice()
    context = {
        "speaker": speaker,
        "filter_form": form,
        "filtered": bool(choice),
        "csv_url": reverse("articles:api-quotes")
        + "?"
        + urlencode({"speaker": speaker.pk, **choice, "format": "csv"}),
        "outlet_counts": outlet_counts,
        "roles": quotes.roles(),
        "chart": speaker_attention(speaker, quotes),
        "total": sum(row["count"] for row in outlet_counts),
        "page": Paginator(shown, PER_PAGE).get_page(request.GET.get("page")),
    }
    return render(request, "articles/speaker_detail.html", context)
