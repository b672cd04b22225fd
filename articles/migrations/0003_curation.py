"""Curation: outlet merges, article redirects, a durable index backlog, merge/re-extract
permissions, and the "curator" group holding exactly what curators need."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations, models

CURATOR_GROUP = "curator"
CURATOR_PERMISSIONS = {
    "article": ["view", "change", "reextract_article"],
    "quote": ["view", "change"],
    "speaker": ["view", "change", "merge_speakers"],
    "speakeralias": ["view", "add", "change", "delete"],
    "speakermergesuggestion": ["view", "change"],
    "outlet": ["view", "change", "merge_outlets"],
    "outletsignature": ["view", "add", "change", "delete"],
}


def codename(action, model):
    return action if "_" in action else f"{action}_{model}"


def create_curator_group(apps, schema_editor):
    # Permissions are normally created after all migrations run; the group needs them now.
    app_config = apps.get_app_config("articles")
    models_module, app_config.models_module = getattr(app_config, "models_module", None), True
    create_contenttypes(app_config, apps=apps, verbosity=0)
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=CURATOR_GROUP)
    for model, actions in CURATOR_PERMISSIONS.items():
        for action in actions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label="articles", codename=codename(action, model))
            )


def remove_curator_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CURATOR_GROUP).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0002_starter_outlets'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='PendingReindex',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('article_id', models.BigIntegerField(db_index=True)),
                ('queued_at', models.DateTimeField(auto_now_add=True)),
            ],
            options={
                'verbose_name_plural': 'pending reindexes',
                'ordering': ['queued_at', 'id'],
            },
        ),
        migrations.AlterModelOptions(
            name='article',
            options={'ordering': ['-published_on', '-published_at', '-id'], 'permissions': [('reextract_article', 'Can re-run extraction on articles')]},
        ),
        migrations.AlterModelOptions(
            name='outlet',
            options={'ordering': ['name'], 'permissions': [('merge_outlets', 'Can merge outlets')]},
        ),
        migrations.AlterModelOptions(
            name='speaker',
            options={'ordering': ['name'], 'permissions': [('merge_speakers', 'Can merge speakers')]},
        ),
        migrations.AddField(
            model_name='outlet',
            name='merged_into',
            field=models.ForeignKey(blank=True, help_text='Set when a curator merged this outlet into another; its URLs redirect there.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='merged_from', to='articles.outlet'),
        ),
        migrations.AlterField(
            model_name='article',
            name='outlet',
            field=models.ForeignKey(blank=True, limit_choices_to={'merged_into__isnull': True}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='articles', to='articles.outlet'),
        ),
        migrations.AlterField(
            model_name='quote',
            name='speaker',
            field=models.ForeignKey(blank=True, limit_choices_to={'merged_into__isnull': True}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='quotes', to='articles.speaker'),
        ),
        migrations.CreateModel(
            name='ArticleRedirect',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('path', models.CharField(max_length=1000, unique=True)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='redirects', to='articles.article')),
            ],
            options={
                'ordering': ['path'],
            },
        ),
        migrations.RunPython(create_curator_group, remove_curator_group),
    ]
