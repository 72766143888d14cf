using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Chancery.Core.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Reorganizations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lineage_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    plan_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    operation_index = table.Column<int>(type: "integer", nullable: false),
                    basis_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    basis_date = table.Column<DateOnly>(type: "date", nullable: true),
                    basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    basis_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lineage_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reorganization_plans",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    basis_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    content = table.Column<string>(type: "text", nullable: false),
                    result = table.Column<string>(type: "text", nullable: false),
                    applied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reorganization_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lineage_links",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    predecessor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lineage_links", x => x.id);
                    table.ForeignKey(
                        name: "FK_lineage_links_lineage_events_event_id",
                        column: x => x.event_id,
                        principalTable: "lineage_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lineage_events_plan_id",
                table: "lineage_events",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_lineage_links_event_id",
                table: "lineage_links",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_lineage_links_predecessor_id",
                table: "lineage_links",
                column: "predecessor_id");

            migrationBuilder.CreateIndex(
                name: "IX_lineage_links_successor_id",
                table: "lineage_links",
                column: "successor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lineage_links");

            migrationBuilder.DropTable(
                name: "reorganization_plans");

            migrationBuilder.DropTable(
                name: "lineage_events");
        }
    }
}
