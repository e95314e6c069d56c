/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Change_PasswordInputs */
/** @typedef {{}} Account_Current_PasswordInputs */
/** @typedef {{}} Account_Current_WrongInputs */
/** @typedef {{}} Account_IndustryInputs */
/** @typedef {{ when: NonNullable<unknown> }} Account_Last_SeenInputs */
/** @typedef {{}} Account_Locale_BrowserInputs */
/** @typedef {{}} Account_NameInputs */
/** @typedef {{}} Account_New_PasswordInputs */
/** @typedef {{}} Account_PasswordInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Password_ChangedInputs */
/** @typedef {{}} Account_ProfileInputs */
/** @typedef {{}} Account_SessionsInputs */
/** @typedef {{}} Account_Sign_Out_OthersInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Signed_Out_OthersInputs */
/** @typedef {{}} Account_This_DeviceInputs */
/** @typedef {{}} Account_TitleInputs */
/** @typedef {{}} Account_Unknown_DeviceInputs */
/** @typedef {{}} Add_MemberInputs */
/** @typedef {{}} App_NameInputs */
/** @typedef {{}} Back_To_DealsInputs */
/** @typedef {{}} Block_ChecklistInputs */
/** @typedef {{}} Block_CompetitionInputs */
/** @typedef {{}} Block_Copy_ReportInputs */
/** @typedef {{}} Block_FailedInputs */
/** @typedef {{}} Block_HeatmapInputs */
/** @typedef {{}} Block_MissingInputs */
/** @typedef {{}} Block_ObjectiveInputs */
/** @typedef {{}} Block_PositionInputs */
/** @typedef {{}} Block_Pull_BackInputs */
/** @typedef {{}} Block_ResourcesInputs */
/** @typedef {{}} Block_RetryInputs */
/** @typedef {{}} Block_Role_TableInputs */
/** @typedef {{}} Block_TextInputs */
/** @typedef {{}} CancelInputs */
/** @typedef {{}} CloseInputs */
/** @typedef {{}} Comment_AddInputs */
/** @typedef {{}} Comment_BlockInputs */
/** @typedef {{}} Comment_DeleteInputs */
/** @typedef {{}} Comment_Delete_ConfirmInputs */
/** @typedef {{}} Comment_DeletedInputs */
/** @typedef {{}} Comment_EditInputs */
/** @typedef {{}} Comment_EditedInputs */
/** @typedef {{}} Comment_Hide_ResolvedInputs */
/** @typedef {{}} Comment_HintInputs */
/** @typedef {{}} Comment_MentionInputs */
/** @typedef {{}} Comment_OfflineInputs */
/** @typedef {{}} Comment_On_DealInputs */
/** @typedef {{}} Comment_On_RowInputs */
/** @typedef {{}} Comment_On_SelectionInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_OutboxInputs */
/** @typedef {{}} Comment_PendingInputs */
/** @typedef {{}} Comment_PlaceholderInputs */
/** @typedef {{}} Comment_QuestionInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Comment_RefusedInputs */
/** @typedef {{}} Comment_ReopenInputs */
/** @typedef {{}} Comment_ReplyInputs */
/** @typedef {{}} Comment_Reply_PlaceholderInputs */
/** @typedef {{}} Comment_ResolveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Comment_Resolved_ByInputs */
/** @typedef {{}} Comment_RowInputs */
/** @typedef {{}} Comment_SendInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_Show_ResolvedInputs */
/** @typedef {{}} Comment_Text_GoneInputs */
/** @typedef {{}} Comment_UnreadInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_Unread_CountInputs */
/** @typedef {{}} Comments_EmptyInputs */
/** @typedef {{}} Comments_Empty_CanInputs */
/** @typedef {{}} Comments_LoadingInputs */
/** @typedef {{}} Comments_TitleInputs */
/** @typedef {{}} Comp_AddInputs */
/** @typedef {{ name: NonNullable<unknown> }} Comp_Add_NamedInputs */
/** @typedef {{}} Comp_EmptyInputs */
/** @typedef {{}} Comp_Home_CourtInputs */
/** @typedef {{}} Comp_NameInputs */
/** @typedef {{}} Comp_Named_ElsewhereInputs */
/** @typedef {{}} Comp_NotesInputs */
/** @typedef {{}} Comp_PriceInputs */
/** @typedef {{}} Comp_RemoveInputs */
/** @typedef {{}} Comp_ResponseInputs */
/** @typedef {{}} Comp_TenderInputs */
/** @typedef {{}} CopiedInputs */
/** @typedef {{}} Copy_Local_VersionInputs */
/** @typedef {{}} Create_AccountInputs */
/** @typedef {{}} Create_DealInputs */
/** @typedef {{}} Deal_AccountInputs */
/** @typedef {{}} Deal_AmountInputs */
/** @typedef {{}} Deal_Close_DateInputs */
/** @typedef {{}} Deal_CurrencyInputs */
/** @typedef {{}} Deal_MembersInputs */
/** @typedef {{}} Deal_OwnerInputs */
/** @typedef {{}} Deal_TitleInputs */
/** @typedef {{}} Deals_All_StagesInputs */
/** @typedef {{}} Deals_Col_AccountInputs */
/** @typedef {{}} Deals_Col_AmountInputs */
/** @typedef {{}} Deals_Col_CloseInputs */
/** @typedef {{}} Deals_Col_FlagsInputs */
/** @typedef {{}} Deals_Col_OwnerInputs */
/** @typedef {{}} Deals_Col_RoleInputs */
/** @typedef {{}} Deals_Col_StageInputs */
/** @typedef {{}} Deals_Col_StatusInputs */
/** @typedef {{}} Deals_Col_TemperatureInputs */
/** @typedef {{}} Deals_Col_TitleInputs */
/** @typedef {{}} Deals_EmptyInputs */
/** @typedef {{}} Deals_SortInputs */
/** @typedef {{}} Deals_Sort_UpdatedInputs */
/** @typedef {{}} Deals_TitleInputs */
/** @typedef {{}} Diag_All_ClearInputs */
/** @typedef {{}} Diag_No_RemedyInputs */
/** @typedef {{}} Diag_RemedyInputs */
/** @typedef {{}} Diag_TitleInputs */
/** @typedef {{}} Diag_WeightedInputs */
/** @typedef {{}} Editor_LabelInputs */
/** @typedef {{}} EmailInputs */
/** @typedef {{}} Error_CredentialsInputs */
/** @typedef {{}} Error_Email_TakenInputs */
/** @typedef {{}} Error_GenericInputs */
/** @typedef {{}} Error_Invalid_EmailInputs */
/** @typedef {{ min: NonNullable<unknown> }} Error_Password_ShortInputs */
/** @typedef {{ minutes: NonNullable<unknown> }} Error_Rate_LimitedInputs */
/** @typedef {{ field: NonNullable<unknown> }} Error_RequiredInputs */
/** @typedef {{}} Export_AccountInputs */
/** @typedef {{}} Export_AmountInputs */
/** @typedef {{}} Export_Close_DateInputs */
/** @typedef {{}} Export_CsvInputs */
/** @typedef {{}} Export_CurrencyInputs */
/** @typedef {{}} Export_MarkdownInputs */
/** @typedef {{}} Export_MenuInputs */
/** @typedef {{}} Export_Open_ThreadsInputs */
/** @typedef {{}} Export_OwnerInputs */
/** @typedef {{}} Export_PrintInputs */
/** @typedef {{}} Export_StatusInputs */
/** @typedef {{}} Forgot_LinkInputs */
/** @typedef {{}} Forgot_No_MailInputs */
/** @typedef {{}} Forgot_Rate_LimitedInputs */
/** @typedef {{}} Forgot_SendInputs */
/** @typedef {{}} Forgot_SentInputs */
/** @typedef {{}} Forgot_TitleInputs */
/** @typedef {{}} Full_WidthInputs */
/** @typedef {{}} Here_NowInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_AddedInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_DoneInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_RemovedInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_ReopenedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Answers_ChangedInputs */
/** @typedef {{}} Hist_Block_AddedInputs */
/** @typedef {{}} Hist_Block_RemovedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Hist_Blocks_ChangedInputs */
/** @typedef {{ names: NonNullable<unknown> }} Hist_ByInputs */
/** @typedef {{}} Hist_CloseInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_RemovedInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_ConfirmedInputs */
/** @typedef {{}} Hist_Current_LabelInputs */
/** @typedef {{}} Hist_Diff_TitleInputs */
/** @typedef {{}} Hist_EmptyInputs */
/** @typedef {{}} Hist_Export_VersionInputs */
/** @typedef {{}} Hist_FailedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Key_Person_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Key_Person_RemovedInputs */
/** @typedef {{}} Hist_Kind_AutoInputs */
/** @typedef {{}} Hist_Kind_Beforerestore1Inputs */
/** @typedef {{}} Hist_Kind_NamedInputs */
/** @typedef {{}} Hist_Kind_RestoreInputs */
/** @typedef {{}} Hist_Kind_StageInputs */
/** @typedef {{}} Hist_LoadingInputs */
/** @typedef {{}} Hist_Name_LabelInputs */
/** @typedef {{}} Hist_Name_PlaceholderInputs */
/** @typedef {{}} Hist_Name_SaveInputs */
/** @typedef {{}} Hist_NamedInputs */
/** @typedef {{}} Hist_No_ChangesInputs */
/** @typedef {{}} Hist_NobodyInputs */
/** @typedef {{}} Hist_Only_EditorsInputs */
/** @typedef {{}} Hist_OpenInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_RemovedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_AddedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_ChangedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_RemovedInputs */
/** @typedef {{}} Hist_Restore_AllInputs */
/** @typedef {{}} Hist_Restore_BlockInputs */
/** @typedef {{}} Hist_Restore_ConfirmInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Hist_Restore_FailedInputs */
/** @typedef {{}} Hist_Restore_Refused_FrozenInputs */
/** @typedef {{}} Hist_RestoredInputs */
/** @typedef {{}} Hist_RetryInputs */
/** @typedef {{ added: NonNullable<unknown>, removed: NonNullable<unknown> }} Hist_SummaryInputs */
/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OffInputs */
/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OnInputs */
/** @typedef {{}} Hist_Text_ChangesInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_TickedInputs */
/** @typedef {{}} Hist_TitleInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_UnconfirmedInputs */
/** @typedef {{}} Hist_Undo_RestoreInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_UntickedInputs */
/** @typedef {{ date: NonNullable<unknown> }} Hist_ViewingInputs */
/** @typedef {{}} Hm_By_ChangeInputs */
/** @typedef {{}} Hm_By_DayInputs */
/** @typedef {{}} Hm_GridInputs */
/** @typedef {{}} Hm_No_HistoryInputs */
/** @typedef {{}} Hm_No_SourceInputs */
/** @typedef {{}} Hm_TimelineInputs */
/** @typedef {{}} Import_AccountsInputs */
/** @typedef {{}} Import_AnotherInputs */
/** @typedef {{}} Import_Col_ColumnInputs */
/** @typedef {{}} Import_Col_FieldInputs */
/** @typedef {{}} Import_Col_HappensInputs */
/** @typedef {{}} Import_Col_ProblemsInputs */
/** @typedef {{}} Import_Col_RowInputs */
/** @typedef {{}} Import_Col_SampleInputs */
/** @typedef {{ rows: NonNullable<unknown> }} Import_CommitInputs */
/** @typedef {{ count: NonNullable<unknown> }} Import_Commit_SkipsInputs */
/** @typedef {{}} Import_ContactsInputs */
/** @typedef {{ create: NonNullable<unknown>, update: NonNullable<unknown>, unchanged: NonNullable<unknown> }} Import_Count_LineInputs */
/** @typedef {{}} Import_Date_OrderInputs */
/** @typedef {{}} Import_DealsInputs */
/** @typedef {{}} Import_Default_CurrencyInputs */
/** @typedef {{}} Import_DelimiterInputs */
/** @typedef {{}} Import_Delimiter_AutoInputs */
/** @typedef {{}} Import_Delimiter_CommaInputs */
/** @typedef {{}} Import_Delimiter_PipeInputs */
/** @typedef {{}} Import_Delimiter_SemicolonInputs */
/** @typedef {{}} Import_Delimiter_TabInputs */
/** @typedef {{}} Import_DiscardInputs */
/** @typedef {{}} Import_DropInputs */
/** @typedef {{}} Import_Drop_HintInputs */
/** @typedef {{}} Import_Error_BusyInputs */
/** @typedef {{}} Import_Error_EmptyInputs */
/** @typedef {{}} Import_Error_EncodingInputs */
/** @typedef {{}} Import_Error_NetworkInputs */
/** @typedef {{}} Import_Error_No_RowsInputs */
/** @typedef {{}} Import_Error_Not_FoundInputs */
/** @typedef {{}} Import_Error_One_ColumnInputs */
/** @typedef {{}} Import_Error_RequestInputs */
/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Row_Too_LongInputs */
/** @typedef {{}} Import_Error_RowsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Import_Error_Rows_LineInputs */
/** @typedef {{}} Import_Error_ServerInputs */
/** @typedef {{}} Import_Error_Signed_OutInputs */
/** @typedef {{}} Import_Error_StartedInputs */
/** @typedef {{}} Import_Error_Too_LargeInputs */
/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_ColumnsInputs */
/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_RowsInputs */
/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Unclosed_QuoteInputs */
/** @typedef {{ column: NonNullable<unknown> }} Import_Field_ForInputs */
/** @typedef {{}} Import_Field_NoneInputs */
/** @typedef {{ file: NonNullable<unknown>, rows: NonNullable<unknown>, encoding: NonNullable<unknown>, delimiter: NonNullable<unknown> }} Import_File_FactsInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Import_IntroInputs */
/** @typedef {{}} Import_May_LeaveInputs */
/** @typedef {{}} Import_Not_AllowedInputs */
/** @typedef {{}} Import_Number_FormatInputs */
/** @typedef {{}} Import_Only_ProblemsInputs */
/** @typedef {{}} Import_PreviewInputs */
/** @typedef {{}} Import_Problem_Contactneedsaccount2Inputs */
/** @typedef {{}} Import_Problem_CurrencyInputs */
/** @typedef {{}} Import_Problem_Dealneedsaccount2Inputs */
/** @typedef {{}} Import_Problem_Dealneedstitle2Inputs */
/** @typedef {{}} Import_Problem_Nothingmapped1Inputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Import_ProgressInputs */
/** @typedef {{}} Import_RecentInputs */
/** @typedef {{ rows: NonNullable<unknown>, by: NonNullable<unknown>, when: NonNullable<unknown> }} Import_Recent_LineInputs */
/** @typedef {{}} Import_Row_SkippedInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Import_Rows_ShownInputs */
/** @typedef {{ problem: NonNullable<unknown> }} Import_Run_ProblemInputs */
/** @typedef {{ value: NonNullable<unknown> }} Import_Stage_ForInputs */
/** @typedef {{}} Import_Stage_LostInputs */
/** @typedef {{}} Import_Stage_UnmappedInputs */
/** @typedef {{}} Import_Stage_WonInputs */
/** @typedef {{}} Import_StagesInputs */
/** @typedef {{}} Import_Stages_HintInputs */
/** @typedef {{}} Import_Status_ImportedInputs */
/** @typedef {{}} Import_Status_ImportingInputs */
/** @typedef {{}} Import_Status_UndoingInputs */
/** @typedef {{}} Import_Status_UndoneInputs */
/** @typedef {{}} Import_Status_UploadedInputs */
/** @typedef {{}} Import_Step_MapInputs */
/** @typedef {{}} Import_Step_PreviewInputs */
/** @typedef {{}} Import_Step_UploadInputs */
/** @typedef {{}} Import_TitleInputs */
/** @typedef {{}} Import_UndoInputs */
/** @typedef {{ file: NonNullable<unknown> }} Import_Undo_ConfirmInputs */
/** @typedef {{ removed: NonNullable<unknown>, restored: NonNullable<unknown>, kept: NonNullable<unknown> }} Import_Undo_SummaryInputs */
/** @typedef {{}} Import_UploadInputs */
/** @typedef {{}} Import_UploadingInputs */
/** @typedef {{}} Import_WorkingInputs */
/** @typedef {{}} Inbox_EmptyInputs */
/** @typedef {{ name: NonNullable<unknown> }} Inbox_MentionInputs */
/** @typedef {{ name: NonNullable<unknown> }} Inbox_ReplyInputs */
/** @typedef {{}} Inbox_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Inbox_UnreadInputs */
/** @typedef {{}} Invite_AskInputs */
/** @typedef {{}} Invite_ExpiredInputs */
/** @typedef {{ inviter: NonNullable<unknown>, role: NonNullable<unknown> }} Invite_FromInputs */
/** @typedef {{}} Invite_Gone_TitleInputs */
/** @typedef {{}} Invite_Has_AccountInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Invite_JoinInputs */
/** @typedef {{ email: NonNullable<unknown> }} Invite_Other_AddressInputs */
/** @typedef {{}} Invite_RevokedInputs */
/** @typedef {{}} Invite_Signin_InsteadInputs */
/** @typedef {{}} Invite_Signin_JoinInputs */
/** @typedef {{}} Invite_Signup_InsteadInputs */
/** @typedef {{}} Invite_Signup_JoinInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Invite_TitleInputs */
/** @typedef {{}} Invite_UnknownInputs */
/** @typedef {{}} Invite_UsedInputs */
/** @typedef {{}} LanguageInputs */
/** @typedef {{}} Loading_DocumentInputs */
/** @typedef {{}} Login_Demo_HintInputs */
/** @typedef {{}} Login_Have_AccountInputs */
/** @typedef {{}} Login_No_AccountInputs */
/** @typedef {{}} Login_TitleInputs */
/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown>, link: NonNullable<unknown>, expires: NonNullable<unknown> }} Mail_Invite_BodyInputs */
/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown> }} Mail_Invite_SubjectInputs */
/** @typedef {{ link: NonNullable<unknown> }} Mail_Reset_BodyInputs */
/** @typedef {{}} Mail_Reset_SubjectInputs */
/** @typedef {{ link: NonNullable<unknown> }} Mail_Signup_BodyInputs */
/** @typedef {{ signin: NonNullable<unknown>, forgot: NonNullable<unknown> }} Mail_Signup_Existing_BodyInputs */
/** @typedef {{}} Mail_Signup_Existing_SubjectInputs */
/** @typedef {{}} Mail_Signup_SubjectInputs */
/** @typedef {{}} Mark_LostInputs */
/** @typedef {{}} Mark_WonInputs */
/** @typedef {{}} MemberInputs */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown> }} Member_AddedInputs */
/** @typedef {{}} Nav_DealsInputs */
/** @typedef {{}} Nav_ImportInputs */
/** @typedef {{}} Nav_InboxInputs */
/** @typedef {{}} Nav_MainInputs */
/** @typedef {{}} Nav_MenuInputs */
/** @typedef {{}} Nav_New_AccountInputs */
/** @typedef {{}} Nav_New_DealInputs */
/** @typedef {{}} Nav_PipelineInputs */
/** @typedef {{}} Nav_SettingsInputs */
/** @typedef {{}} New_Account_TitleInputs */
/** @typedef {{}} New_Deal_TitleInputs */
/** @typedef {{}} No_AccessInputs */
/** @typedef {{}} No_AccountsInputs */
/** @typedef {{}} Not_FoundInputs */
/** @typedef {{}} Nq_AnsweredInputs */
/** @typedef {{ n: NonNullable<unknown> }} Nq_CommentInputs */
/** @typedef {{ count: NonNullable<unknown> }} Nq_Comments_CountInputs */
/** @typedef {{}} Nq_LoadingInputs */
/** @typedef {{}} Nq_MissingInputs */
/** @typedef {{}} Nq_Missing_LabelInputs */
/** @typedef {{}} Nq_Next_LabelInputs */
/** @typedef {{}} Nq_OpenInputs */
/** @typedef {{}} Nq_PartlyInputs */
/** @typedef {{ score: NonNullable<unknown>, total: NonNullable<unknown> }} Nq_ScoreInputs */
/** @typedef {{}} Nq_TitleInputs */
/** @typedef {{}} Obj_IncompleteInputs */
/** @typedef {{}} Obj_QuantityInputs */
/** @typedef {{}} Obj_RevenueInputs */
/** @typedef {{}} Obj_WhatInputs */
/** @typedef {{}} Obj_WhenInputs */
/** @typedef {{}} Obj_WhomInputs */
/** @typedef {{}} Offline_BannerInputs */
/** @typedef {{}} Offline_UnavailableInputs */
/** @typedef {{}} Only_Managers_AddInputs */
/** @typedef {{}} Only_Managers_ReopenInputs */
/** @typedef {{}} PasswordInputs */
/** @typedef {{}} Pb_Action_DoneInputs */
/** @typedef {{}} Pb_ActionsInputs */
/** @typedef {{}} Pb_Add_ActionInputs */
/** @typedef {{}} Pb_Add_PersonInputs */
/** @typedef {{}} Pb_BuyerInputs */
/** @typedef {{}} Pb_CompetitorInputs */
/** @typedef {{}} Pb_Competitor_NameInputs */
/** @typedef {{}} Pb_CurrentInputs */
/** @typedef {{}} Pb_Key_PeopleInputs */
/** @typedef {{}} Pb_No_Role_TableInputs */
/** @typedef {{}} Pb_Not_SetInputs */
/** @typedef {{}} Pb_Shaped_ByInputs */
/** @typedef {{}} Pb_SuggestedInputs */
/** @typedef {{}} Pb_TacticsInputs */
/** @typedef {{}} Pb_TargetInputs */
/** @typedef {{}} Pb_UsInputs */
/** @typedef {{}} Pl_All_StagesInputs */
/** @typedef {{}} Pl_AmountInputs */
/** @typedef {{}} Pl_BoardInputs */
/** @typedef {{}} Pl_Ch_AddedInputs */
/** @typedef {{}} Pl_Ch_AdvancedInputs */
/** @typedef {{}} Pl_Ch_AmountInputs */
/** @typedef {{}} Pl_Ch_DateInputs */
/** @typedef {{}} Pl_Ch_LostInputs */
/** @typedef {{}} Pl_Ch_QuestionsInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Pl_Ch_Questions_DetailInputs */
/** @typedef {{}} Pl_Ch_RemovedInputs */
/** @typedef {{}} Pl_Ch_SlippedInputs */
/** @typedef {{}} Pl_Ch_WonInputs */
/** @typedef {{}} Pl_CloseInputs */
/** @typedef {{}} Pl_Comment_OnInputs */
/** @typedef {{}} Pl_Compare_WithInputs */
/** @typedef {{}} Pl_DealInputs */
/** @typedef {{}} Pl_EmptyInputs */
/** @typedef {{}} Pl_EveryoneInputs */
/** @typedef {{}} Pl_FallbackInputs */
/** @typedef {{}} Pl_FlagsInputs */
/** @typedef {{}} Pl_FlowInputs */
/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_AdvancedInputs */
/** @typedef {{}} Pl_Flow_NewInputs */
/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_SlippedInputs */
/** @typedef {{ days: NonNullable<unknown> }} Pl_Flow_StalledInputs */
/** @typedef {{}} Pl_ForecastInputs */
/** @typedef {{ count: NonNullable<unknown> }} Pl_From_HistoryInputs */
/** @typedef {{}} Pl_FunnelInputs */
/** @typedef {{}} Pl_ListInputs */
/** @typedef {{}} Pl_MonthInputs */
/** @typedef {{}} Pl_NineInputs */
/** @typedef {{}} Pl_Nine_TitleInputs */
/** @typedef {{}} Pl_No_ChangesInputs */
/** @typedef {{}} Pl_No_ForecastInputs */
/** @typedef {{}} Pl_No_SnapshotInputs */
/** @typedef {{}} Pl_Open_DealInputs */
/** @typedef {{}} Pl_Outside_FunnelInputs */
/** @typedef {{}} Pl_OwnerInputs */
/** @typedef {{}} Pl_PeriodInputs */
/** @typedef {{}} Pl_QuarterInputs */
/** @typedef {{}} Pl_Rates_SavedInputs */
/** @typedef {{}} Pl_Read_Only_CommentsInputs */
/** @typedef {{}} Pl_ReviewInputs */
/** @typedef {{}} Pl_Review_NavInputs */
/** @typedef {{}} Pl_Review_NextInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Pl_Review_PositionInputs */
/** @typedef {{}} Pl_Review_PrevInputs */
/** @typedef {{}} Pl_Save_RatesInputs */
/** @typedef {{}} Pl_Save_SnapshotInputs */
/** @typedef {{ when: NonNullable<unknown>, name: NonNullable<unknown> }} Pl_Snapshot_OfInputs */
/** @typedef {{}} Pl_Snapshot_SavedInputs */
/** @typedef {{}} Pl_SourceInputs */
/** @typedef {{}} Pl_StageInputs */
/** @typedef {{ count: NonNullable<unknown>, amount: NonNullable<unknown>, weighted: NonNullable<unknown> }} Pl_SummaryInputs */
/** @typedef {{}} Pl_TemperatureInputs */
/** @typedef {{ title: NonNullable<unknown> }} Pl_Threads_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Pl_Too_LittleInputs */
/** @typedef {{}} Pl_ViewInputs */
/** @typedef {{}} Pl_WeightedInputs */
/** @typedef {{}} Pl_Win_RateInputs */
/** @typedef {{}} Pl_Win_RatesInputs */
/** @typedef {{}} Pl_Win_Rates_HelpInputs */
/** @typedef {{}} Pos_CompetitiveInputs */
/** @typedef {{}} Pos_No_ChecklistInputs */
/** @typedef {{}} Pos_StageInputs */
/** @typedef {{}} Pos_TemperatureInputs */
/** @typedef {{}} Pos_UrgencyInputs */
/** @typedef {{}} Print_BackInputs */
/** @typedef {{}} Print_ButtonInputs */
/** @typedef {{ date: NonNullable<unknown> }} Print_ExportedInputs */
/** @typedef {{}} Profile_Add_EventInputs */
/** @typedef {{}} Profile_ContactsInputs */
/** @typedef {{}} Profile_DealsInputs */
/** @typedef {{}} Profile_Event_ContactInputs */
/** @typedef {{}} Profile_Event_DateInputs */
/** @typedef {{}} Profile_Event_TextInputs */
/** @typedef {{}} Profile_LogInputs */
/** @typedef {{}} Profile_Log_EmptyInputs */
/** @typedef {{}} Profile_No_SupportInputs */
/** @typedef {{}} Profile_NobodyInputs */
/** @typedef {{}} Profile_SupportInputs */
/** @typedef {{ name: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown>, deal: NonNullable<unknown> }} Profile_Support_ChangeInputs */
/** @typedef {{}} Profile_TitleInputs */
/** @typedef {{}} Read_Only_CommenterInputs */
/** @typedef {{ status: NonNullable<unknown> }} Read_Only_FrozenInputs */
/** @typedef {{}} Read_Only_ViewerInputs */
/** @typedef {{}} Reopen_DealInputs */
/** @typedef {{}} Res_AddInputs */
/** @typedef {{}} Res_EmptyInputs */
/** @typedef {{}} Res_ForInputs */
/** @typedef {{}} Res_From_WorkspaceInputs */
/** @typedef {{}} Res_KindInputs */
/** @typedef {{}} Res_RemoveInputs */
/** @typedef {{}} Res_StatusInputs */
/** @typedef {{}} Res_Their_WinInputs */
/** @typedef {{}} Res_WhenInputs */
/** @typedef {{}} Res_WhoInputs */
/** @typedef {{ email: NonNullable<unknown> }} Reset_ForInputs */
/** @typedef {{}} Reset_GoneInputs */
/** @typedef {{}} Reset_SubmitInputs */
/** @typedef {{}} Reset_TitleInputs */
/** @typedef {{}} RoleInputs */
/** @typedef {{}} Role_CommenterInputs */
/** @typedef {{}} Role_EditorInputs */
/** @typedef {{}} Role_ViewerInputs */
/** @typedef {{}} Rt_Add_RowInputs */
/** @typedef {{}} Rt_BlankInputs */
/** @typedef {{}} Rt_Contact_CreateInputs */
/** @typedef {{}} Rt_Contact_LinkedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Rt_Contact_NewInputs */
/** @typedef {{}} Rt_DetailsInputs */
/** @typedef {{}} Rt_DueInputs */
/** @typedef {{}} Rt_EmptyInputs */
/** @typedef {{}} Rt_InfluenceInputs */
/** @typedef {{}} Rt_ModeInputs */
/** @typedef {{}} Rt_Move_DownInputs */
/** @typedef {{}} Rt_Move_UpInputs */
/** @typedef {{}} Rt_Next_ActionInputs */
/** @typedef {{}} Rt_Org_ResultInputs */
/** @typedef {{}} Rt_OwnerInputs */
/** @typedef {{}} Rt_PainsInputs */
/** @typedef {{}} Rt_PersonInputs */
/** @typedef {{}} Rt_Personal_WinInputs */
/** @typedef {{}} Rt_Remove_RowInputs */
/** @typedef {{}} Rt_RoleInputs */
/** @typedef {{}} Rt_SupportInputs */
/** @typedef {{}} Rt_TitleInputs */
/** @typedef {{}} Rt_WhyInputs */
/** @typedef {{}} SaveInputs */
/** @typedef {{}} Save_All_SavedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Save_On_DeviceInputs */
/** @typedef {{}} Save_SavedInputs */
/** @typedef {{}} Save_SavingInputs */
/** @typedef {{}} Save_UnconfirmedInputs */
/** @typedef {{}} Sc_AvoidInputs */
/** @typedef {{}} Sc_Buyer_TrackInputs */
/** @typedef {{}} Sc_CaresInputs */
/** @typedef {{}} Sc_CurrentInputs */
/** @typedef {{}} Sc_Customer_ConfirmedInputs */
/** @typedef {{}} Sc_Needs_ConfirmationInputs */
/** @typedef {{}} Sc_OptionalInputs */
/** @typedef {{ missing: NonNullable<unknown> }} Sc_PseudoInputs */
/** @typedef {{}} Sc_QualificationInputs */
/** @typedef {{}} Sc_RealInputs */
/** @typedef {{}} Sc_Sales_TrackInputs */
/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown> }} Sc_Ticked_ByInputs */
/** @typedef {{}} Sc_TodoInputs */
/** @typedef {{}} Search_All_ResultsInputs */
/** @typedef {{ q: NonNullable<unknown> }} Search_EmptyInputs */
/** @typedef {{}} Search_FailedInputs */
/** @typedef {{}} Search_HintInputs */
/** @typedef {{}} Search_Kind_AccountInputs */
/** @typedef {{}} Search_Kind_ChecklistInputs */
/** @typedef {{}} Search_Kind_CommentInputs */
/** @typedef {{}} Search_Kind_CompetitionInputs */
/** @typedef {{}} Search_Kind_ContactInputs */
/** @typedef {{}} Search_Kind_DealInputs */
/** @typedef {{}} Search_Kind_NotesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Search_Kind_PersonInputs */
/** @typedef {{}} Search_Kind_Pullback1Inputs */
/** @typedef {{}} Search_Kind_ResourcesInputs */
/** @typedef {{}} Search_LocalInputs */
/** @typedef {{}} Search_NavInputs */
/** @typedef {{}} Search_Palette_LabelInputs */
/** @typedef {{}} Search_PlaceholderInputs */
/** @typedef {{}} Search_TitleInputs */
/** @typedef {{}} Settings_Only_ManagersInputs */
/** @typedef {{}} Settings_SavedInputs */
/** @typedef {{}} Settings_ScaleInputs */
/** @typedef {{}} Settings_Scale_ElevenInputs */
/** @typedef {{}} Settings_Scale_FiveInputs */
/** @typedef {{}} Settings_Scale_NoteInputs */
/** @typedef {{}} Settings_TitleInputs */
/** @typedef {{}} Sign_InInputs */
/** @typedef {{}} Sign_OutInputs */
/** @typedef {{}} Sign_Out_AnywayInputs */
/** @typedef {{}} Sign_Out_OfflineInputs */
/** @typedef {{ count: NonNullable<unknown> }} Sign_Out_WarningInputs */
/** @typedef {{}} Sign_Out_Warning_TitleInputs */
/** @typedef {{}} Sign_UpInputs */
/** @typedef {{}} Signup_Confirm_ButtonInputs */
/** @typedef {{ email: NonNullable<unknown>, name: NonNullable<unknown> }} Signup_Confirm_LeadInputs */
/** @typedef {{}} Signup_Confirm_TitleInputs */
/** @typedef {{}} Signup_GoneInputs */
/** @typedef {{ email: NonNullable<unknown> }} Signup_SentInputs */
/** @typedef {{}} Slash_EmptyInputs */
/** @typedef {{}} Slash_HintInputs */
/** @typedef {{}} Status_ConnectedInputs */
/** @typedef {{}} Status_ConnectingInputs */
/** @typedef {{}} Status_LostInputs */
/** @typedef {{}} Status_OfflineInputs */
/** @typedef {{}} Status_OpenInputs */
/** @typedef {{}} Status_WonInputs */
/** @typedef {{}} Stay_Signed_InInputs */
/** @typedef {{}} Sync_Closed_AuthInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Sync_Closed_ErrorInputs */
/** @typedef {{}} Sync_Closed_ForbiddenInputs */
/** @typedef {{}} Sync_DeniedInputs */
/** @typedef {{}} Sync_Paused_RateInputs */
/** @typedef {{}} Sync_Paused_ServerInputs */
/** @typedef {{}} Tb_BoldInputs */
/** @typedef {{}} Tb_BulletsInputs */
/** @typedef {{}} Tb_CodeInputs */
/** @typedef {{}} Tb_Code_BlockInputs */
/** @typedef {{}} Tb_H1Inputs */
/** @typedef {{}} Tb_H2Inputs */
/** @typedef {{}} Tb_H3Inputs */
/** @typedef {{}} Tb_ItalicInputs */
/** @typedef {{}} Tb_LinkInputs */
/** @typedef {{}} Tb_Link_PromptInputs */
/** @typedef {{}} Tb_Link_RefusedInputs */
/** @typedef {{}} Tb_NumbersInputs */
/** @typedef {{}} Tb_QuoteInputs */
/** @typedef {{}} Tb_RedoInputs */
/** @typedef {{}} Tb_RuleInputs */
/** @typedef {{}} Tb_StrikeInputs */
/** @typedef {{}} Tb_TableInputs */
/** @typedef {{}} Tb_TasksInputs */
/** @typedef {{}} Tb_UndoInputs */
/** @typedef {{}} Team_ActionsInputs */
/** @typedef {{}} Team_CopiedInputs */
/** @typedef {{}} Team_CopyInputs */
/** @typedef {{}} Team_Error_Already_InvitedInputs */
/** @typedef {{}} Team_Error_Already_MemberInputs */
/** @typedef {{}} Team_Error_ForbiddenInputs */
/** @typedef {{}} Team_Error_InvalidInputs */
/** @typedef {{}} Team_Error_Last_OwnerInputs */
/** @typedef {{}} Team_Error_Link_GoneInputs */
/** @typedef {{}} Team_Error_Not_MemberInputs */
/** @typedef {{}} Team_Error_Wrong_EmailInputs */
/** @typedef {{}} Team_ExpiresInputs */
/** @typedef {{}} Team_InviteInputs */
/** @typedef {{}} Team_Invite_Mail_OffInputs */
/** @typedef {{}} Team_Invite_Mail_OnInputs */
/** @typedef {{}} Team_Invite_TitleInputs */
/** @typedef {{ email: NonNullable<unknown> }} Team_InvitedInputs */
/** @typedef {{}} Team_Invited_ByInputs */
/** @typedef {{}} Team_JoinedInputs */
/** @typedef {{}} Team_Last_ActiveInputs */
/** @typedef {{}} Team_LeaveInputs */
/** @typedef {{}} Team_Leave_ConfirmInputs */
/** @typedef {{}} Team_LinkInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Team_Mail_FailedInputs */
/** @typedef {{}} Team_Mail_SentInputs */
/** @typedef {{ count: NonNullable<unknown> }} Team_MembersInputs */
/** @typedef {{}} Team_NameInputs */
/** @typedef {{}} Team_NeverInputs */
/** @typedef {{}} Team_PendingInputs */
/** @typedef {{}} Team_Pending_NoneInputs */
/** @typedef {{}} Team_RemoveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Remove_ConfirmInputs */
/** @typedef {{}} Team_RemovedInputs */
/** @typedef {{}} Team_Reset_LinkInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Reset_Link_MadeInputs */
/** @typedef {{}} Team_RevokeInputs */
/** @typedef {{}} Team_RoleInputs */
/** @typedef {{}} Team_Role_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Role_OfInputs */
/** @typedef {{}} Team_Share_By_HandInputs */
/** @typedef {{}} Team_TitleInputs */
/** @typedef {{}} Team_TransferInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Transfer_ConfirmInputs */
/** @typedef {{}} Team_TransferredInputs */
/** @typedef {{}} Team_YouInputs */
/** @typedef {{}} Template_Add_CompetitorInputs */
/** @typedef {{}} Template_Add_ItemInputs */
/** @typedef {{}} Template_Add_ResourceInputs */
/** @typedef {{}} Template_Checklist_TitleInputs */
/** @typedef {{}} Template_Competitors_IntroInputs */
/** @typedef {{}} Template_Competitors_TitleInputs */
/** @typedef {{}} Template_IntroInputs */
/** @typedef {{}} Template_InvalidInputs */
/** @typedef {{}} Template_RequiredInputs */
/** @typedef {{}} Template_Resources_IntroInputs */
/** @typedef {{}} Template_Resources_TitleInputs */
/** @typedef {{}} Template_TitleInputs */
/** @typedef {{}} Ws_CreateInputs */
/** @typedef {{}} Ws_NoneInputs */
/** @typedef {{}} Ws_OpenInputs */
/** @typedef {{}} Ws_Role_ManagerInputs */
/** @typedef {{}} Ws_Role_MemberInputs */
/** @typedef {{}} Ws_Role_OwnerInputs */
/** @typedef {{}} Ws_SwitchInputs */
/** @typedef {{}} Ws_TitleInputs */
/** @typedef {{}} Your_NameInputs */
import * as __en from "./en.js"
import * as __zh_cn2 from "./zh-CN.js"
/**
* | output |
* | --- |
* | "Change password" |
*
* @param {Account_Change_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_change_password = /** @type {((inputs?: Account_Change_PasswordInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Change_PasswordInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_change_password(inputs)
	return __en.account_change_password(inputs)
});
/**
* | output |
* | --- |
* | "Current password" |
*
* @param {Account_Current_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_current_password = /** @type {((inputs?: Account_Current_PasswordInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Current_PasswordInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_current_password(inputs)
	return __en.account_current_password(inputs)
});
/**
* | output |
* | --- |
* | "The current password is not right. Type it again; if you forgot it, sign out and use “Forgot password”." |
*
* @param {Account_Current_WrongInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_current_wrong = /** @type {((inputs?: Account_Current_WrongInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Current_WrongInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_current_wrong(inputs)
	return __en.account_current_wrong(inputs)
});
/**
* | output |
* | --- |
* | "Industry" |
*
* @param {Account_IndustryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_industry = /** @type {((inputs?: Account_IndustryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_IndustryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_industry(inputs)
	return __en.account_industry(inputs)
});
/**
* | output |
* | --- |
* | "last active {when}" |
*
* @param {Account_Last_SeenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_last_seen = /** @type {((inputs: Account_Last_SeenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Last_SeenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_last_seen(inputs)
	return __en.account_last_seen(inputs)
});
/**
* | output |
* | --- |
* | "Follow the browser" |
*
* @param {Account_Locale_BrowserInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_locale_browser = /** @type {((inputs?: Account_Locale_BrowserInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Locale_BrowserInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_locale_browser(inputs)
	return __en.account_locale_browser(inputs)
});
/**
* | output |
* | --- |
* | "Company name" |
*
* @param {Account_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_name = /** @type {((inputs?: Account_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_name(inputs)
	return __en.account_name(inputs)
});
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Account_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_new_password = /** @type {((inputs?: Account_New_PasswordInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_New_PasswordInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_new_password(inputs)
	return __en.account_new_password(inputs)
});
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Account_PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_password = /** @type {((inputs?: Account_PasswordInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_PasswordInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_password(inputs)
	return __en.account_password(inputs)
});
/**
* | output |
* | --- |
* | "Password changed. Signed out on {count} other devices or browsers." |
*
* @param {Account_Password_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_password_changed = /** @type {((inputs: Account_Password_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Password_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_password_changed(inputs)
	return __en.account_password_changed(inputs)
});
/**
* | output |
* | --- |
* | "Profile" |
*
* @param {Account_ProfileInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_profile = /** @type {((inputs?: Account_ProfileInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_ProfileInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_profile(inputs)
	return __en.account_profile(inputs)
});
/**
* | output |
* | --- |
* | "Where you are signed in" |
*
* @param {Account_SessionsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_sessions = /** @type {((inputs?: Account_SessionsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_SessionsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_sessions(inputs)
	return __en.account_sessions(inputs)
});
/**
* | output |
* | --- |
* | "Sign out everywhere else" |
*
* @param {Account_Sign_Out_OthersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_sign_out_others = /** @type {((inputs?: Account_Sign_Out_OthersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Sign_Out_OthersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_sign_out_others(inputs)
	return __en.account_sign_out_others(inputs)
});
/**
* | output |
* | --- |
* | "Signed out on {count} other devices or browsers." |
*
* @param {Account_Signed_Out_OthersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_signed_out_others = /** @type {((inputs: Account_Signed_Out_OthersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Signed_Out_OthersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_signed_out_others(inputs)
	return __en.account_signed_out_others(inputs)
});
/**
* | output |
* | --- |
* | "this browser" |
*
* @param {Account_This_DeviceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_this_device = /** @type {((inputs?: Account_This_DeviceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_This_DeviceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_this_device(inputs)
	return __en.account_this_device(inputs)
});
/**
* | output |
* | --- |
* | "Your account" |
*
* @param {Account_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_title = /** @type {((inputs?: Account_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_title(inputs)
	return __en.account_title(inputs)
});
/**
* | output |
* | --- |
* | "Unknown device" |
*
* @param {Account_Unknown_DeviceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_unknown_device = /** @type {((inputs?: Account_Unknown_DeviceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Unknown_DeviceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.account_unknown_device(inputs)
	return __en.account_unknown_device(inputs)
});
/**
* | output |
* | --- |
* | "Add to deal" |
*
* @param {Add_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const add_member = /** @type {((inputs?: Add_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Add_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.add_member(inputs)
	return __en.add_member(inputs)
});
/**
* | output |
* | --- |
* | "Deal rooms" |
*
* @param {App_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const app_name = /** @type {((inputs?: App_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.app_name(inputs)
	return __en.app_name(inputs)
});
/**
* | output |
* | --- |
* | "Back to deals" |
*
* @param {Back_To_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const back_to_deals = /** @type {((inputs?: Back_To_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Back_To_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.back_to_deals(inputs)
	return __en.back_to_deals(inputs)
});
/**
* | output |
* | --- |
* | "Stage checklist" |
*
* @param {Block_ChecklistInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_checklist = /** @type {((inputs?: Block_ChecklistInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_ChecklistInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_checklist(inputs)
	return __en.block_checklist(inputs)
});
/**
* | output |
* | --- |
* | "Competition" |
*
* @param {Block_CompetitionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_competition = /** @type {((inputs?: Block_CompetitionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_CompetitionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_competition(inputs)
	return __en.block_competition(inputs)
});
/**
* | output |
* | --- |
* | "Copy a report" |
*
* @param {Block_Copy_ReportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_copy_report = /** @type {((inputs?: Block_Copy_ReportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_Copy_ReportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_copy_report(inputs)
	return __en.block_copy_report(inputs)
});
/**
* | output |
* | --- |
* | "This block could not be shown: its data is damaged. The rest of the deal works as usual; copy the report below and send it to whoever runs your deal rooms." |
*
* @param {Block_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_failed = /** @type {((inputs?: Block_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_failed(inputs)
	return __en.block_failed(inputs)
});
/**
* | output |
* | --- |
* | "Support heatmap" |
*
* @param {Block_HeatmapInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_heatmap = /** @type {((inputs?: Block_HeatmapInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_HeatmapInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_heatmap(inputs)
	return __en.block_heatmap(inputs)
});
/**
* | output |
* | --- |
* | "This block's data is not here yet." |
*
* @param {Block_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_missing = /** @type {((inputs?: Block_MissingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_MissingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_missing(inputs)
	return __en.block_missing(inputs)
});
/**
* | output |
* | --- |
* | "Single sales objective" |
*
* @param {Block_ObjectiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_objective = /** @type {((inputs?: Block_ObjectiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_ObjectiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_objective(inputs)
	return __en.block_objective(inputs)
});
/**
* | output |
* | --- |
* | "Position" |
*
* @param {Block_PositionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_position = /** @type {((inputs?: Block_PositionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_PositionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_position(inputs)
	return __en.block_position(inputs)
});
/**
* | output |
* | --- |
* | "Pull-back plan" |
*
* @param {Block_Pull_BackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_pull_back = /** @type {((inputs?: Block_Pull_BackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_Pull_BackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_pull_back(inputs)
	return __en.block_pull_back(inputs)
});
/**
* | output |
* | --- |
* | "Resources plan" |
*
* @param {Block_ResourcesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_resources = /** @type {((inputs?: Block_ResourcesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_ResourcesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_resources(inputs)
	return __en.block_resources(inputs)
});
/**
* | output |
* | --- |
* | "Try again" |
*
* @param {Block_RetryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_retry = /** @type {((inputs?: Block_RetryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_RetryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_retry(inputs)
	return __en.block_retry(inputs)
});
/**
* | output |
* | --- |
* | "Role analysis table" |
*
* @param {Block_Role_TableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_role_table = /** @type {((inputs?: Block_Role_TableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_Role_TableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_role_table(inputs)
	return __en.block_role_table(inputs)
});
/**
* | output |
* | --- |
* | "Text" |
*
* @param {Block_TextInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_text = /** @type {((inputs?: Block_TextInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_TextInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.block_text(inputs)
	return __en.block_text(inputs)
});
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {CancelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const cancel = /** @type {((inputs?: CancelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<CancelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.cancel(inputs)
	return __en.cancel(inputs)
});
/**
* | output |
* | --- |
* | "Close" |
*
* @param {CloseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const close = /** @type {((inputs?: CloseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<CloseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.close(inputs)
	return __en.close(inputs)
});
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Comment_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_add = /** @type {((inputs?: Comment_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_add(inputs)
	return __en.comment_add(inputs)
});
/**
* | output |
* | --- |
* | "Block" |
*
* @param {Comment_BlockInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_block = /** @type {((inputs?: Comment_BlockInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_BlockInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_block(inputs)
	return __en.comment_block(inputs)
});
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Comment_DeleteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_delete = /** @type {((inputs?: Comment_DeleteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_DeleteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_delete(inputs)
	return __en.comment_delete(inputs)
});
/**
* | output |
* | --- |
* | "Delete this comment?" |
*
* @param {Comment_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_delete_confirm = /** @type {((inputs?: Comment_Delete_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Delete_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_delete_confirm(inputs)
	return __en.comment_delete_confirm(inputs)
});
/**
* | output |
* | --- |
* | "This comment was deleted." |
*
* @param {Comment_DeletedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_deleted = /** @type {((inputs?: Comment_DeletedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_DeletedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_deleted(inputs)
	return __en.comment_deleted(inputs)
});
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Comment_EditInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_edit = /** @type {((inputs?: Comment_EditInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_EditInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_edit(inputs)
	return __en.comment_edit(inputs)
});
/**
* | output |
* | --- |
* | "edited" |
*
* @param {Comment_EditedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_edited = /** @type {((inputs?: Comment_EditedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_EditedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_edited(inputs)
	return __en.comment_edited(inputs)
});
/**
* | output |
* | --- |
* | "Hide resolved" |
*
* @param {Comment_Hide_ResolvedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_hide_resolved = /** @type {((inputs?: Comment_Hide_ResolvedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Hide_ResolvedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_hide_resolved(inputs)
	return __en.comment_hide_resolved(inputs)
});
/**
* | output |
* | --- |
* | "@ to mention · Ctrl+Enter to send" |
*
* @param {Comment_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_hint = /** @type {((inputs?: Comment_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_hint(inputs)
	return __en.comment_hint(inputs)
});
/**
* | output |
* | --- |
* | "Mention a teammate" |
*
* @param {Comment_MentionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_mention = /** @type {((inputs?: Comment_MentionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_MentionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_mention(inputs)
	return __en.comment_mention(inputs)
});
/**
* | output |
* | --- |
* | "You are offline. New comments are kept on this device and sent when you reconnect; editing, deleting and resolving need a connection." |
*
* @param {Comment_OfflineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_offline = /** @type {((inputs?: Comment_OfflineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_OfflineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_offline(inputs)
	return __en.comment_offline(inputs)
});
/**
* | output |
* | --- |
* | "On the whole deal" |
*
* @param {Comment_On_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_on_deal = /** @type {((inputs?: Comment_On_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_On_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_on_deal(inputs)
	return __en.comment_on_deal(inputs)
});
/**
* | output |
* | --- |
* | "Role-table row" |
*
* @param {Comment_On_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_on_row = /** @type {((inputs?: Comment_On_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_On_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_on_row(inputs)
	return __en.comment_on_row(inputs)
});
/**
* | output |
* | --- |
* | "Comment on selection" |
*
* @param {Comment_On_SelectionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_on_selection = /** @type {((inputs?: Comment_On_SelectionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_On_SelectionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_on_selection(inputs)
	return __en.comment_on_selection(inputs)
});
/**
* | output |
* | --- |
* | "{count} waiting to send" |
*
* @param {Comment_OutboxInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_outbox = /** @type {((inputs: Comment_OutboxInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_OutboxInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_outbox(inputs)
	return __en.comment_outbox(inputs)
});
/**
* | output |
* | --- |
* | "waiting to send" |
*
* @param {Comment_PendingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_pending = /** @type {((inputs?: Comment_PendingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_PendingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_pending(inputs)
	return __en.comment_pending(inputs)
});
/**
* | output |
* | --- |
* | "Write a comment…" |
*
* @param {Comment_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_placeholder = /** @type {((inputs?: Comment_PlaceholderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_PlaceholderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_placeholder(inputs)
	return __en.comment_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Question" |
*
* @param {Comment_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_question = /** @type {((inputs?: Comment_QuestionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_QuestionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_question(inputs)
	return __en.comment_question(inputs)
});
/**
* | output |
* | --- |
* | "The server refused this: {reason}" |
*
* @param {Comment_RefusedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_refused = /** @type {((inputs: Comment_RefusedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_RefusedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_refused(inputs)
	return __en.comment_refused(inputs)
});
/**
* | output |
* | --- |
* | "Reopen" |
*
* @param {Comment_ReopenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_reopen = /** @type {((inputs?: Comment_ReopenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_ReopenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_reopen(inputs)
	return __en.comment_reopen(inputs)
});
/**
* | output |
* | --- |
* | "Reply" |
*
* @param {Comment_ReplyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_reply = /** @type {((inputs?: Comment_ReplyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_ReplyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_reply(inputs)
	return __en.comment_reply(inputs)
});
/**
* | output |
* | --- |
* | "Reply…" |
*
* @param {Comment_Reply_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_reply_placeholder = /** @type {((inputs?: Comment_Reply_PlaceholderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Reply_PlaceholderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_reply_placeholder(inputs)
	return __en.comment_reply_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Resolve" |
*
* @param {Comment_ResolveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_resolve = /** @type {((inputs?: Comment_ResolveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_ResolveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_resolve(inputs)
	return __en.comment_resolve(inputs)
});
/**
* | output |
* | --- |
* | "Resolved by {name}" |
*
* @param {Comment_Resolved_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_resolved_by = /** @type {((inputs: Comment_Resolved_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Resolved_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_resolved_by(inputs)
	return __en.comment_resolved_by(inputs)
});
/**
* | output |
* | --- |
* | "Person" |
*
* @param {Comment_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_row = /** @type {((inputs?: Comment_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_row(inputs)
	return __en.comment_row(inputs)
});
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Comment_SendInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_send = /** @type {((inputs?: Comment_SendInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_SendInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_send(inputs)
	return __en.comment_send(inputs)
});
/**
* | output |
* | --- |
* | "Show {count} resolved" |
*
* @param {Comment_Show_ResolvedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_show_resolved = /** @type {((inputs: Comment_Show_ResolvedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Show_ResolvedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_show_resolved(inputs)
	return __en.comment_show_resolved(inputs)
});
/**
* | output |
* | --- |
* | "the text was deleted" |
*
* @param {Comment_Text_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_text_gone = /** @type {((inputs?: Comment_Text_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Text_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_text_gone(inputs)
	return __en.comment_text_gone(inputs)
});
/**
* | output |
* | --- |
* | "Unread" |
*
* @param {Comment_UnreadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_unread = /** @type {((inputs?: Comment_UnreadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_UnreadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_unread(inputs)
	return __en.comment_unread(inputs)
});
/**
* | output |
* | --- |
* | "{count} new" |
*
* @param {Comment_Unread_CountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_unread_count = /** @type {((inputs: Comment_Unread_CountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Unread_CountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comment_unread_count(inputs)
	return __en.comment_unread_count(inputs)
});
/**
* | output |
* | --- |
* | "No comments yet." |
*
* @param {Comments_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comments_empty = /** @type {((inputs?: Comments_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comments_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comments_empty(inputs)
	return __en.comments_empty(inputs)
});
/**
* | output |
* | --- |
* | "No comments yet. Select text, or use 💬 on a block or a person, to start a thread." |
*
* @param {Comments_Empty_CanInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comments_empty_can = /** @type {((inputs?: Comments_Empty_CanInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comments_Empty_CanInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comments_empty_can(inputs)
	return __en.comments_empty_can(inputs)
});
/**
* | output |
* | --- |
* | "Loading comments…" |
*
* @param {Comments_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comments_loading = /** @type {((inputs?: Comments_LoadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comments_LoadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comments_loading(inputs)
	return __en.comments_loading(inputs)
});
/**
* | output |
* | --- |
* | "Comments" |
*
* @param {Comments_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comments_title = /** @type {((inputs?: Comments_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comments_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comments_title(inputs)
	return __en.comments_title(inputs)
});
/**
* | output |
* | --- |
* | "Add a competitor" |
*
* @param {Comp_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_add = /** @type {((inputs?: Comp_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_add(inputs)
	return __en.comp_add(inputs)
});
/**
* | output |
* | --- |
* | "Add {name}" |
*
* @param {Comp_Add_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_add_named = /** @type {((inputs: Comp_Add_NamedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_Add_NamedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_add_named(inputs)
	return __en.comp_add_named(inputs)
});
/**
* | output |
* | --- |
* | "No competitor listed yet." |
*
* @param {Comp_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_empty = /** @type {((inputs?: Comp_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_empty(inputs)
	return __en.comp_empty(inputs)
});
/**
* | output |
* | --- |
* | "Whose home court" |
*
* @param {Comp_Home_CourtInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_home_court = /** @type {((inputs?: Comp_Home_CourtInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_Home_CourtInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_home_court(inputs)
	return __en.comp_home_court(inputs)
});
/**
* | output |
* | --- |
* | "Competitor" |
*
* @param {Comp_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_name = /** @type {((inputs?: Comp_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_name(inputs)
	return __en.comp_name(inputs)
});
/**
* | output |
* | --- |
* | "Named in the pull-back plan or the workspace’s list:" |
*
* @param {Comp_Named_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_named_elsewhere = /** @type {((inputs?: Comp_Named_ElsewhereInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_Named_ElsewhereInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_named_elsewhere(inputs)
	return __en.comp_named_elsewhere(inputs)
});
/**
* | output |
* | --- |
* | "Notes" |
*
* @param {Comp_NotesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_notes = /** @type {((inputs?: Comp_NotesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_NotesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_notes(inputs)
	return __en.comp_notes(inputs)
});
/**
* | output |
* | --- |
* | "The customer uses them to push our price down" |
*
* @param {Comp_PriceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_price = /** @type {((inputs?: Comp_PriceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_PriceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_price(inputs)
	return __en.comp_price(inputs)
});
/**
* | output |
* | --- |
* | "Remove competitor" |
*
* @param {Comp_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_remove = /** @type {((inputs?: Comp_RemoveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_RemoveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_remove(inputs)
	return __en.comp_remove(inputs)
});
/**
* | output |
* | --- |
* | "How to respond" |
*
* @param {Comp_ResponseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_response = /** @type {((inputs?: Comp_ResponseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_ResponseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_response(inputs)
	return __en.comp_response(inputs)
});
/**
* | output |
* | --- |
* | "Tender (RFP)" |
*
* @param {Comp_TenderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_tender = /** @type {((inputs?: Comp_TenderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_TenderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.comp_tender(inputs)
	return __en.comp_tender(inputs)
});
/**
* | output |
* | --- |
* | "Copied" |
*
* @param {CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const copied = /** @type {((inputs?: CopiedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<CopiedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.copied(inputs)
	return __en.copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy my version" |
*
* @param {Copy_Local_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const copy_local_version = /** @type {((inputs?: Copy_Local_VersionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Copy_Local_VersionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.copy_local_version(inputs)
	return __en.copy_local_version(inputs)
});
/**
* | output |
* | --- |
* | "Create account" |
*
* @param {Create_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const create_account = /** @type {((inputs?: Create_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Create_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.create_account(inputs)
	return __en.create_account(inputs)
});
/**
* | output |
* | --- |
* | "Create deal" |
*
* @param {Create_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const create_deal = /** @type {((inputs?: Create_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Create_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.create_deal(inputs)
	return __en.create_deal(inputs)
});
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Deal_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_account = /** @type {((inputs?: Deal_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deal_account(inputs)
	return __en.deal_account(inputs)
});
/**
* | output |
* | --- |
* | "Amount" |
*
* @param {Deal_AmountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_amount = /** @type {((inputs?: Deal_AmountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_AmountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deal_amount(inputs)
	return __en.deal_amount(inputs)
});
/**
* | output |
* | --- |
* | "Expected close date" |
*
* @param {Deal_Close_DateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_close_date = /** @type {((inputs?: Deal_Close_DateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_Close_DateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deal_close_date(inputs)
	return __en.deal_close_date(inputs)
});
/**
* | output |
* | --- |
* | "Currency" |
*
* @param {Deal_CurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_currency = /** @type {((inputs?: Deal_CurrencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_CurrencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deal_currency(inputs)
	return __en.deal_currency(inputs)
});
/**
* | output |
* | --- |
* | "Deal team" |
*
* @param {Deal_MembersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_members = /** @type {((inputs?: Deal_MembersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_MembersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deal_members(inputs)
	return __en.deal_members(inputs)
});
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Deal_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_owner = /** @type {((inputs?: Deal_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deal_owner(inputs)
	return __en.deal_owner(inputs)
});
/**
* | output |
* | --- |
* | "Title" |
*
* @param {Deal_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_title = /** @type {((inputs?: Deal_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deal_title(inputs)
	return __en.deal_title(inputs)
});
/**
* | output |
* | --- |
* | "All stages" |
*
* @param {Deals_All_StagesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_all_stages = /** @type {((inputs?: Deals_All_StagesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_All_StagesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_all_stages(inputs)
	return __en.deals_all_stages(inputs)
});
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Deals_Col_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_account = /** @type {((inputs?: Deals_Col_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_account(inputs)
	return __en.deals_col_account(inputs)
});
/**
* | output |
* | --- |
* | "Amount" |
*
* @param {Deals_Col_AmountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_amount = /** @type {((inputs?: Deals_Col_AmountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_AmountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_amount(inputs)
	return __en.deals_col_amount(inputs)
});
/**
* | output |
* | --- |
* | "Close date" |
*
* @param {Deals_Col_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_close = /** @type {((inputs?: Deals_Col_CloseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_CloseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_close(inputs)
	return __en.deals_col_close(inputs)
});
/**
* | output |
* | --- |
* | "Warnings" |
*
* @param {Deals_Col_FlagsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_flags = /** @type {((inputs?: Deals_Col_FlagsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_FlagsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_flags(inputs)
	return __en.deals_col_flags(inputs)
});
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Deals_Col_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_owner = /** @type {((inputs?: Deals_Col_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_owner(inputs)
	return __en.deals_col_owner(inputs)
});
/**
* | output |
* | --- |
* | "Your role" |
*
* @param {Deals_Col_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_role = /** @type {((inputs?: Deals_Col_RoleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_RoleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_role(inputs)
	return __en.deals_col_role(inputs)
});
/**
* | output |
* | --- |
* | "Stage" |
*
* @param {Deals_Col_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_stage = /** @type {((inputs?: Deals_Col_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_stage(inputs)
	return __en.deals_col_stage(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Deals_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_status = /** @type {((inputs?: Deals_Col_StatusInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_StatusInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_status(inputs)
	return __en.deals_col_status(inputs)
});
/**
* | output |
* | --- |
* | "Temp." |
*
* @param {Deals_Col_TemperatureInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_temperature = /** @type {((inputs?: Deals_Col_TemperatureInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_TemperatureInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_temperature(inputs)
	return __en.deals_col_temperature(inputs)
});
/**
* | output |
* | --- |
* | "Deal" |
*
* @param {Deals_Col_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_title = /** @type {((inputs?: Deals_Col_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_col_title(inputs)
	return __en.deals_col_title(inputs)
});
/**
* | output |
* | --- |
* | "No deals yet. Create the first one to open its deal room." |
*
* @param {Deals_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_empty = /** @type {((inputs?: Deals_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_empty(inputs)
	return __en.deals_empty(inputs)
});
/**
* | output |
* | --- |
* | "Sort by" |
*
* @param {Deals_SortInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_sort = /** @type {((inputs?: Deals_SortInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_SortInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_sort(inputs)
	return __en.deals_sort(inputs)
});
/**
* | output |
* | --- |
* | "Last updated" |
*
* @param {Deals_Sort_UpdatedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_sort_updated = /** @type {((inputs?: Deals_Sort_UpdatedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Sort_UpdatedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_sort_updated(inputs)
	return __en.deals_sort_updated(inputs)
});
/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Deals_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_title = /** @type {((inputs?: Deals_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.deals_title(inputs)
	return __en.deals_title(inputs)
});
/**
* | output |
* | --- |
* | "No warning signs." |
*
* @param {Diag_All_ClearInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_all_clear = /** @type {((inputs?: Diag_All_ClearInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_All_ClearInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.diag_all_clear(inputs)
	return __en.diag_all_clear(inputs)
});
/**
* | output |
* | --- |
* | "no next action yet" |
*
* @param {Diag_No_RemedyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_no_remedy = /** @type {((inputs?: Diag_No_RemedyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_No_RemedyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.diag_no_remedy(inputs)
	return __en.diag_no_remedy(inputs)
});
/**
* | output |
* | --- |
* | "Next action" |
*
* @param {Diag_RemedyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_remedy = /** @type {((inputs?: Diag_RemedyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_RemedyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.diag_remedy(inputs)
	return __en.diag_remedy(inputs)
});
/**
* | output |
* | --- |
* | "Diagnosis" |
*
* @param {Diag_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_title = /** @type {((inputs?: Diag_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.diag_title(inputs)
	return __en.diag_title(inputs)
});
/**
* | output |
* | --- |
* | "Weighted support" |
*
* @param {Diag_WeightedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_weighted = /** @type {((inputs?: Diag_WeightedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_WeightedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.diag_weighted(inputs)
	return __en.diag_weighted(inputs)
});
/**
* | output |
* | --- |
* | "Deal notes and blocks" |
*
* @param {Editor_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const editor_label = /** @type {((inputs?: Editor_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Editor_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.editor_label(inputs)
	return __en.editor_label(inputs)
});
/**
* | output |
* | --- |
* | "Email" |
*
* @param {EmailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const email = /** @type {((inputs?: EmailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<EmailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.email(inputs)
	return __en.email(inputs)
});
/**
* | output |
* | --- |
* | "That email and password do not match. Check both and try again." |
*
* @param {Error_CredentialsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_credentials = /** @type {((inputs?: Error_CredentialsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_CredentialsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.error_credentials(inputs)
	return __en.error_credentials(inputs)
});
/**
* | output |
* | --- |
* | "An account with this email already exists. Sign in instead." |
*
* @param {Error_Email_TakenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_email_taken = /** @type {((inputs?: Error_Email_TakenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Email_TakenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.error_email_taken(inputs)
	return __en.error_email_taken(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong. Try again; if it keeps happening, reload the page." |
*
* @param {Error_GenericInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_generic = /** @type {((inputs?: Error_GenericInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_GenericInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.error_generic(inputs)
	return __en.error_generic(inputs)
});
/**
* | output |
* | --- |
* | "Enter a valid email address." |
*
* @param {Error_Invalid_EmailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_invalid_email = /** @type {((inputs?: Error_Invalid_EmailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_EmailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.error_invalid_email(inputs)
	return __en.error_invalid_email(inputs)
});
/**
* | output |
* | --- |
* | "Use at least {min} characters for your password." |
*
* @param {Error_Password_ShortInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_password_short = /** @type {((inputs: Error_Password_ShortInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Password_ShortInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.error_password_short(inputs)
	return __en.error_password_short(inputs)
});
/**
* | output |
* | --- |
* | "Too many sign-in attempts. Wait {minutes} minutes, then try again." |
*
* @param {Error_Rate_LimitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_rate_limited = /** @type {((inputs: Error_Rate_LimitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Rate_LimitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.error_rate_limited(inputs)
	return __en.error_rate_limited(inputs)
});
/**
* | output |
* | --- |
* | "Fill in {field}." |
*
* @param {Error_RequiredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_required = /** @type {((inputs: Error_RequiredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_RequiredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.error_required(inputs)
	return __en.error_required(inputs)
});
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Export_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_account = /** @type {((inputs?: Export_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_account(inputs)
	return __en.export_account(inputs)
});
/**
* | output |
* | --- |
* | "Amount" |
*
* @param {Export_AmountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_amount = /** @type {((inputs?: Export_AmountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_AmountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_amount(inputs)
	return __en.export_amount(inputs)
});
/**
* | output |
* | --- |
* | "Expected close" |
*
* @param {Export_Close_DateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_close_date = /** @type {((inputs?: Export_Close_DateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Close_DateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_close_date(inputs)
	return __en.export_close_date(inputs)
});
/**
* | output |
* | --- |
* | "Export CSV" |
*
* @param {Export_CsvInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_csv = /** @type {((inputs?: Export_CsvInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_CsvInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_csv(inputs)
	return __en.export_csv(inputs)
});
/**
* | output |
* | --- |
* | "Currency" |
*
* @param {Export_CurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_currency = /** @type {((inputs?: Export_CurrencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_CurrencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_currency(inputs)
	return __en.export_currency(inputs)
});
/**
* | output |
* | --- |
* | "Markdown (.md)" |
*
* @param {Export_MarkdownInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_markdown = /** @type {((inputs?: Export_MarkdownInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_MarkdownInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_markdown(inputs)
	return __en.export_markdown(inputs)
});
/**
* | output |
* | --- |
* | "Export" |
*
* @param {Export_MenuInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_menu = /** @type {((inputs?: Export_MenuInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_MenuInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_menu(inputs)
	return __en.export_menu(inputs)
});
/**
* | output |
* | --- |
* | "Open comment threads" |
*
* @param {Export_Open_ThreadsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_open_threads = /** @type {((inputs?: Export_Open_ThreadsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Open_ThreadsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_open_threads(inputs)
	return __en.export_open_threads(inputs)
});
/**
* | output |
* | --- |
* | "Deal owner" |
*
* @param {Export_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_owner = /** @type {((inputs?: Export_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_owner(inputs)
	return __en.export_owner(inputs)
});
/**
* | output |
* | --- |
* | "PDF (print)" |
*
* @param {Export_PrintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_print = /** @type {((inputs?: Export_PrintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_PrintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_print(inputs)
	return __en.export_print(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Export_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_status = /** @type {((inputs?: Export_StatusInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_StatusInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.export_status(inputs)
	return __en.export_status(inputs)
});
/**
* | output |
* | --- |
* | "Forgot password?" |
*
* @param {Forgot_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_link = /** @type {((inputs?: Forgot_LinkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_LinkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.forgot_link(inputs)
	return __en.forgot_link(inputs)
});
/**
* | output |
* | --- |
* | "This server cannot send mail. Ask an owner of your workspace for a reset link: they make one on the members page." |
*
* @param {Forgot_No_MailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_no_mail = /** @type {((inputs?: Forgot_No_MailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_No_MailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.forgot_no_mail(inputs)
	return __en.forgot_no_mail(inputs)
});
/**
* | output |
* | --- |
* | "Too many reset requests from this network. Wait an hour, then try again." |
*
* @param {Forgot_Rate_LimitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_rate_limited = /** @type {((inputs?: Forgot_Rate_LimitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_Rate_LimitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.forgot_rate_limited(inputs)
	return __en.forgot_rate_limited(inputs)
});
/**
* | output |
* | --- |
* | "Send me a reset link" |
*
* @param {Forgot_SendInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_send = /** @type {((inputs?: Forgot_SendInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SendInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.forgot_send(inputs)
	return __en.forgot_send(inputs)
});
/**
* | output |
* | --- |
* | "If an account exists for that address, we have sent it a link to reset the password. The link works once, for one hour." |
*
* @param {Forgot_SentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_sent = /** @type {((inputs?: Forgot_SentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.forgot_sent(inputs)
	return __en.forgot_sent(inputs)
});
/**
* | output |
* | --- |
* | "Reset your password" |
*
* @param {Forgot_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_title = /** @type {((inputs?: Forgot_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.forgot_title(inputs)
	return __en.forgot_title(inputs)
});
/**
* | output |
* | --- |
* | "Full width" |
*
* @param {Full_WidthInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const full_width = /** @type {((inputs?: Full_WidthInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Full_WidthInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.full_width(inputs)
	return __en.full_width(inputs)
});
/**
* | output |
* | --- |
* | "Here now" |
*
* @param {Here_NowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const here_now = /** @type {((inputs?: Here_NowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Here_NowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.here_now(inputs)
	return __en.here_now(inputs)
});
/**
* | output |
* | --- |
* | "action {text} added" |
*
* @param {Hist_Action_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_added = /** @type {((inputs: Hist_Action_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_action_added(inputs)
	return __en.hist_action_added(inputs)
});
/**
* | output |
* | --- |
* | "action {text} done" |
*
* @param {Hist_Action_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_done = /** @type {((inputs: Hist_Action_DoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_DoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_action_done(inputs)
	return __en.hist_action_done(inputs)
});
/**
* | output |
* | --- |
* | "action {text} removed" |
*
* @param {Hist_Action_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_removed = /** @type {((inputs: Hist_Action_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_action_removed(inputs)
	return __en.hist_action_removed(inputs)
});
/**
* | output |
* | --- |
* | "action {text} reopened" |
*
* @param {Hist_Action_ReopenedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_action_reopened = /** @type {((inputs: Hist_Action_ReopenedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Action_ReopenedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_action_reopened(inputs)
	return __en.hist_action_reopened(inputs)
});
/**
* | output |
* | --- |
* | "{name}'s answers changed" |
*
* @param {Hist_Answers_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_answers_changed = /** @type {((inputs: Hist_Answers_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Answers_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_answers_changed(inputs)
	return __en.hist_answers_changed(inputs)
});
/**
* | output |
* | --- |
* | "block added" |
*
* @param {Hist_Block_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_block_added = /** @type {((inputs?: Hist_Block_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Block_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_block_added(inputs)
	return __en.hist_block_added(inputs)
});
/**
* | output |
* | --- |
* | "block removed" |
*
* @param {Hist_Block_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_block_removed = /** @type {((inputs?: Hist_Block_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Block_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_block_removed(inputs)
	return __en.hist_block_removed(inputs)
});
/**
* | output |
* | --- |
* | "blocks changed: {count}" |
*
* @param {Hist_Blocks_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_blocks_changed = /** @type {((inputs: Hist_Blocks_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Blocks_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_blocks_changed(inputs)
	return __en.hist_blocks_changed(inputs)
});
/**
* | output |
* | --- |
* | "by {names}" |
*
* @param {Hist_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_by = /** @type {((inputs: Hist_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_by(inputs)
	return __en.hist_by(inputs)
});
/**
* | output |
* | --- |
* | "Close history" |
*
* @param {Hist_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_close = /** @type {((inputs?: Hist_CloseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_CloseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_close(inputs)
	return __en.hist_close(inputs)
});
/**
* | output |
* | --- |
* | "competitor {name} added" |
*
* @param {Hist_Competitor_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_competitor_added = /** @type {((inputs: Hist_Competitor_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Competitor_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_competitor_added(inputs)
	return __en.hist_competitor_added(inputs)
});
/**
* | output |
* | --- |
* | "competitor {name} changed" |
*
* @param {Hist_Competitor_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_competitor_changed = /** @type {((inputs: Hist_Competitor_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Competitor_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_competitor_changed(inputs)
	return __en.hist_competitor_changed(inputs)
});
/**
* | output |
* | --- |
* | "competitor {name} removed" |
*
* @param {Hist_Competitor_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_competitor_removed = /** @type {((inputs: Hist_Competitor_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Competitor_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_competitor_removed(inputs)
	return __en.hist_competitor_removed(inputs)
});
/**
* | output |
* | --- |
* | "checklist: {item} confirmed by the customer" |
*
* @param {Hist_ConfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_confirmed = /** @type {((inputs: Hist_ConfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_ConfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_confirmed(inputs)
	return __en.hist_confirmed(inputs)
});
/**
* | output |
* | --- |
* | "now" |
*
* @param {Hist_Current_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_current_label = /** @type {((inputs?: Hist_Current_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Current_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_current_label(inputs)
	return __en.hist_current_label(inputs)
});
/**
* | output |
* | --- |
* | "Changes from this version to now" |
*
* @param {Hist_Diff_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_diff_title = /** @type {((inputs?: Hist_Diff_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Diff_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_diff_title(inputs)
	return __en.hist_diff_title(inputs)
});
/**
* | output |
* | --- |
* | "No versions yet. The server keeps one a couple of minutes after edits stop, on every stage change and before every restore; editors can name one now." |
*
* @param {Hist_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_empty = /** @type {((inputs?: Hist_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_empty(inputs)
	return __en.hist_empty(inputs)
});
/**
* | output |
* | --- |
* | "Export this version (.md)" |
*
* @param {Hist_Export_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_export_version = /** @type {((inputs?: Hist_Export_VersionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Export_VersionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_export_version(inputs)
	return __en.hist_export_version(inputs)
});
/**
* | output |
* | --- |
* | "Could not load the history. Check the connection and try again." |
*
* @param {Hist_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_failed = /** @type {((inputs?: Hist_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_failed(inputs)
	return __en.hist_failed(inputs)
});
/**
* | output |
* | --- |
* | "key person {name} added" |
*
* @param {Hist_Key_Person_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_key_person_added = /** @type {((inputs: Hist_Key_Person_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Key_Person_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_key_person_added(inputs)
	return __en.hist_key_person_added(inputs)
});
/**
* | output |
* | --- |
* | "key person {name} removed" |
*
* @param {Hist_Key_Person_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_key_person_removed = /** @type {((inputs: Hist_Key_Person_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Key_Person_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_key_person_removed(inputs)
	return __en.hist_key_person_removed(inputs)
});
/**
* | output |
* | --- |
* | "Automatic" |
*
* @param {Hist_Kind_AutoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_auto = /** @type {((inputs?: Hist_Kind_AutoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_AutoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_kind_auto(inputs)
	return __en.hist_kind_auto(inputs)
});
/**
* | output |
* | --- |
* | "Before a restore" |
*
* @param {Hist_Kind_Beforerestore1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const hist_kind_beforerestore1 = /** @type {((inputs?: Hist_Kind_Beforerestore1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_Beforerestore1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_kind_beforerestore1(inputs)
	return __en.hist_kind_beforerestore1(inputs)
});
export { hist_kind_beforerestore1 as "hist_kind_beforeRestore" }
/**
* | output |
* | --- |
* | "Named" |
*
* @param {Hist_Kind_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_named = /** @type {((inputs?: Hist_Kind_NamedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_NamedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_kind_named(inputs)
	return __en.hist_kind_named(inputs)
});
/**
* | output |
* | --- |
* | "Restore" |
*
* @param {Hist_Kind_RestoreInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_restore = /** @type {((inputs?: Hist_Kind_RestoreInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_RestoreInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_kind_restore(inputs)
	return __en.hist_kind_restore(inputs)
});
/**
* | output |
* | --- |
* | "Stage changed" |
*
* @param {Hist_Kind_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_stage = /** @type {((inputs?: Hist_Kind_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_kind_stage(inputs)
	return __en.hist_kind_stage(inputs)
});
/**
* | output |
* | --- |
* | "Loading history…" |
*
* @param {Hist_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_loading = /** @type {((inputs?: Hist_LoadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_LoadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_loading(inputs)
	return __en.hist_loading(inputs)
});
/**
* | output |
* | --- |
* | "Name this version" |
*
* @param {Hist_Name_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_name_label = /** @type {((inputs?: Hist_Name_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Name_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_name_label(inputs)
	return __en.hist_name_label(inputs)
});
/**
* | output |
* | --- |
* | "e.g. Before QBR" |
*
* @param {Hist_Name_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_name_placeholder = /** @type {((inputs?: Hist_Name_PlaceholderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Name_PlaceholderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_name_placeholder(inputs)
	return __en.hist_name_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Save version" |
*
* @param {Hist_Name_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_name_save = /** @type {((inputs?: Hist_Name_SaveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Name_SaveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_name_save(inputs)
	return __en.hist_name_save(inputs)
});
/**
* | output |
* | --- |
* | "Version saved." |
*
* @param {Hist_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_named = /** @type {((inputs?: Hist_NamedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_NamedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_named(inputs)
	return __en.hist_named(inputs)
});
/**
* | output |
* | --- |
* | "Nothing differs from now." |
*
* @param {Hist_No_ChangesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_no_changes = /** @type {((inputs?: Hist_No_ChangesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_No_ChangesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_no_changes(inputs)
	return __en.hist_no_changes(inputs)
});
/**
* | output |
* | --- |
* | "no edits by people" |
*
* @param {Hist_NobodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_nobody = /** @type {((inputs?: Hist_NobodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_NobodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_nobody(inputs)
	return __en.hist_nobody(inputs)
});
/**
* | output |
* | --- |
* | "Only editors of this deal can restore." |
*
* @param {Hist_Only_EditorsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_only_editors = /** @type {((inputs?: Hist_Only_EditorsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Only_EditorsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_only_editors(inputs)
	return __en.hist_only_editors(inputs)
});
/**
* | output |
* | --- |
* | "History" |
*
* @param {Hist_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_open = /** @type {((inputs?: Hist_OpenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_OpenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_open(inputs)
	return __en.hist_open(inputs)
});
/**
* | output |
* | --- |
* | "{name} added" |
*
* @param {Hist_Person_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_person_added = /** @type {((inputs: Hist_Person_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Person_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_person_added(inputs)
	return __en.hist_person_added(inputs)
});
/**
* | output |
* | --- |
* | "{name} removed" |
*
* @param {Hist_Person_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_person_removed = /** @type {((inputs: Hist_Person_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Person_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_person_removed(inputs)
	return __en.hist_person_removed(inputs)
});
/**
* | output |
* | --- |
* | "resource {who} added" |
*
* @param {Hist_Resource_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_resource_added = /** @type {((inputs: Hist_Resource_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Resource_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_resource_added(inputs)
	return __en.hist_resource_added(inputs)
});
/**
* | output |
* | --- |
* | "resource {who} changed" |
*
* @param {Hist_Resource_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_resource_changed = /** @type {((inputs: Hist_Resource_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Resource_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_resource_changed(inputs)
	return __en.hist_resource_changed(inputs)
});
/**
* | output |
* | --- |
* | "resource {who} removed" |
*
* @param {Hist_Resource_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_resource_removed = /** @type {((inputs: Hist_Resource_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Resource_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_resource_removed(inputs)
	return __en.hist_resource_removed(inputs)
});
/**
* | output |
* | --- |
* | "Restore this version" |
*
* @param {Hist_Restore_AllInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_all = /** @type {((inputs?: Hist_Restore_AllInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_AllInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_restore_all(inputs)
	return __en.hist_restore_all(inputs)
});
/**
* | output |
* | --- |
* | "Restore only this block" |
*
* @param {Hist_Restore_BlockInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_block = /** @type {((inputs?: Hist_Restore_BlockInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_BlockInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_restore_block(inputs)
	return __en.hist_restore_block(inputs)
});
/**
* | output |
* | --- |
* | "Restore the whole deal to this version? It is written as a new change that everyone sees; you can undo it." |
*
* @param {Hist_Restore_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_confirm = /** @type {((inputs?: Hist_Restore_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_restore_confirm(inputs)
	return __en.hist_restore_confirm(inputs)
});
/**
* | output |
* | --- |
* | "The restore did not go through: {reason}" |
*
* @param {Hist_Restore_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_failed = /** @type {((inputs: Hist_Restore_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_restore_failed(inputs)
	return __en.hist_restore_failed(inputs)
});
/**
* | output |
* | --- |
* | "This deal is closed: its history can be read, not restored." |
*
* @param {Hist_Restore_Refused_FrozenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_refused_frozen = /** @type {((inputs?: Hist_Restore_Refused_FrozenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_Refused_FrozenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_restore_refused_frozen(inputs)
	return __en.hist_restore_refused_frozen(inputs)
});
/**
* | output |
* | --- |
* | "Restored. Everyone sees it now." |
*
* @param {Hist_RestoredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restored = /** @type {((inputs?: Hist_RestoredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_RestoredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_restored(inputs)
	return __en.hist_restored(inputs)
});
/**
* | output |
* | --- |
* | "Try again" |
*
* @param {Hist_RetryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_retry = /** @type {((inputs?: Hist_RetryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_RetryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_retry(inputs)
	return __en.hist_retry(inputs)
});
/**
* | output |
* | --- |
* | "+{added} / −{removed} characters" |
*
* @param {Hist_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_summary = /** @type {((inputs: Hist_SummaryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_SummaryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_summary(inputs)
	return __en.hist_summary(inputs)
});
/**
* | output |
* | --- |
* | "tactic {tactic} dropped" |
*
* @param {Hist_Tactic_OffInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_tactic_off = /** @type {((inputs: Hist_Tactic_OffInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Tactic_OffInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_tactic_off(inputs)
	return __en.hist_tactic_off(inputs)
});
/**
* | output |
* | --- |
* | "tactic {tactic} chosen" |
*
* @param {Hist_Tactic_OnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_tactic_on = /** @type {((inputs: Hist_Tactic_OnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Tactic_OnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_tactic_on(inputs)
	return __en.hist_tactic_on(inputs)
});
/**
* | output |
* | --- |
* | "Text" |
*
* @param {Hist_Text_ChangesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_text_changes = /** @type {((inputs?: Hist_Text_ChangesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Text_ChangesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_text_changes(inputs)
	return __en.hist_text_changes(inputs)
});
/**
* | output |
* | --- |
* | "checklist: {item} ticked" |
*
* @param {Hist_TickedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_ticked = /** @type {((inputs: Hist_TickedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_TickedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_ticked(inputs)
	return __en.hist_ticked(inputs)
});
/**
* | output |
* | --- |
* | "History" |
*
* @param {Hist_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_title = /** @type {((inputs?: Hist_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_title(inputs)
	return __en.hist_title(inputs)
});
/**
* | output |
* | --- |
* | "checklist: {item} no longer confirmed by the customer" |
*
* @param {Hist_UnconfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_unconfirmed = /** @type {((inputs: Hist_UnconfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_UnconfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_unconfirmed(inputs)
	return __en.hist_unconfirmed(inputs)
});
/**
* | output |
* | --- |
* | "Undo restore" |
*
* @param {Hist_Undo_RestoreInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_undo_restore = /** @type {((inputs?: Hist_Undo_RestoreInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Undo_RestoreInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_undo_restore(inputs)
	return __en.hist_undo_restore(inputs)
});
/**
* | output |
* | --- |
* | "checklist: {item} unticked" |
*
* @param {Hist_UntickedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_unticked = /** @type {((inputs: Hist_UntickedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_UntickedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_unticked(inputs)
	return __en.hist_unticked(inputs)
});
/**
* | output |
* | --- |
* | "Version of {date} (read-only)" |
*
* @param {Hist_ViewingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_viewing = /** @type {((inputs: Hist_ViewingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_ViewingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hist_viewing(inputs)
	return __en.hist_viewing(inputs)
});
/**
* | output |
* | --- |
* | "By change" |
*
* @param {Hm_By_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_by_change = /** @type {((inputs?: Hm_By_ChangeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_By_ChangeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hm_by_change(inputs)
	return __en.hm_by_change(inputs)
});
/**
* | output |
* | --- |
* | "By day" |
*
* @param {Hm_By_DayInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_by_day = /** @type {((inputs?: Hm_By_DayInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_By_DayInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hm_by_day(inputs)
	return __en.hm_by_day(inputs)
});
/**
* | output |
* | --- |
* | "Influence × support" |
*
* @param {Hm_GridInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_grid = /** @type {((inputs?: Hm_GridInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_GridInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hm_grid(inputs)
	return __en.hm_grid(inputs)
});
/**
* | output |
* | --- |
* | "No support changes recorded yet." |
*
* @param {Hm_No_HistoryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_no_history = /** @type {((inputs?: Hm_No_HistoryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_No_HistoryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hm_no_history(inputs)
	return __en.hm_no_history(inputs)
});
/**
* | output |
* | --- |
* | "Add a role analysis table to this deal first." |
*
* @param {Hm_No_SourceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_no_source = /** @type {((inputs?: Hm_No_SourceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_No_SourceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hm_no_source(inputs)
	return __en.hm_no_source(inputs)
});
/**
* | output |
* | --- |
* | "Support over time" |
*
* @param {Hm_TimelineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_timeline = /** @type {((inputs?: Hm_TimelineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_TimelineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.hm_timeline(inputs)
	return __en.hm_timeline(inputs)
});
/**
* | output |
* | --- |
* | "Accounts" |
*
* @param {Import_AccountsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_accounts = /** @type {((inputs?: Import_AccountsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_AccountsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_accounts(inputs)
	return __en.import_accounts(inputs)
});
/**
* | output |
* | --- |
* | "Import another file" |
*
* @param {Import_AnotherInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_another = /** @type {((inputs?: Import_AnotherInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_AnotherInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_another(inputs)
	return __en.import_another(inputs)
});
/**
* | output |
* | --- |
* | "Column in the file" |
*
* @param {Import_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_column = /** @type {((inputs?: Import_Col_ColumnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_ColumnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_col_column(inputs)
	return __en.import_col_column(inputs)
});
/**
* | output |
* | --- |
* | "Imported as" |
*
* @param {Import_Col_FieldInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_field = /** @type {((inputs?: Import_Col_FieldInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_FieldInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_col_field(inputs)
	return __en.import_col_field(inputs)
});
/**
* | output |
* | --- |
* | "What happens" |
*
* @param {Import_Col_HappensInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_happens = /** @type {((inputs?: Import_Col_HappensInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_HappensInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_col_happens(inputs)
	return __en.import_col_happens(inputs)
});
/**
* | output |
* | --- |
* | "What to fix" |
*
* @param {Import_Col_ProblemsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_problems = /** @type {((inputs?: Import_Col_ProblemsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_ProblemsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_col_problems(inputs)
	return __en.import_col_problems(inputs)
});
/**
* | output |
* | --- |
* | "Row" |
*
* @param {Import_Col_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_row = /** @type {((inputs?: Import_Col_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_col_row(inputs)
	return __en.import_col_row(inputs)
});
/**
* | output |
* | --- |
* | "Values in it" |
*
* @param {Import_Col_SampleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_sample = /** @type {((inputs?: Import_Col_SampleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_SampleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_col_sample(inputs)
	return __en.import_col_sample(inputs)
});
/**
* | output |
* | --- |
* | "Import {rows} rows" |
*
* @param {Import_CommitInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_commit = /** @type {((inputs: Import_CommitInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_CommitInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_commit(inputs)
	return __en.import_commit(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows with errors will be left out: fix them in the file and import it again to bring them in." |
*
* @param {Import_Commit_SkipsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_commit_skips = /** @type {((inputs: Import_Commit_SkipsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Commit_SkipsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_commit_skips(inputs)
	return __en.import_commit_skips(inputs)
});
/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Import_ContactsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_contacts = /** @type {((inputs?: Import_ContactsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_ContactsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_contacts(inputs)
	return __en.import_contacts(inputs)
});
/**
* | output |
* | --- |
* | "{create} new · {update} updated · {unchanged} unchanged" |
*
* @param {Import_Count_LineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_count_line = /** @type {((inputs: Import_Count_LineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Count_LineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_count_line(inputs)
	return __en.import_count_line(inputs)
});
/**
* | output |
* | --- |
* | "Dates written as" |
*
* @param {Import_Date_OrderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_date_order = /** @type {((inputs?: Import_Date_OrderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Date_OrderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_date_order(inputs)
	return __en.import_date_order(inputs)
});
/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Import_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_deals = /** @type {((inputs?: Import_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_deals(inputs)
	return __en.import_deals(inputs)
});
/**
* | output |
* | --- |
* | "Currency when none is given" |
*
* @param {Import_Default_CurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_default_currency = /** @type {((inputs?: Import_Default_CurrencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Default_CurrencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_default_currency(inputs)
	return __en.import_default_currency(inputs)
});
/**
* | output |
* | --- |
* | "Values separated by" |
*
* @param {Import_DelimiterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter = /** @type {((inputs?: Import_DelimiterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DelimiterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_delimiter(inputs)
	return __en.import_delimiter(inputs)
});
/**
* | output |
* | --- |
* | "Find out from the file" |
*
* @param {Import_Delimiter_AutoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_auto = /** @type {((inputs?: Import_Delimiter_AutoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_AutoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_delimiter_auto(inputs)
	return __en.import_delimiter_auto(inputs)
});
/**
* | output |
* | --- |
* | "comma" |
*
* @param {Import_Delimiter_CommaInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_comma = /** @type {((inputs?: Import_Delimiter_CommaInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_CommaInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_delimiter_comma(inputs)
	return __en.import_delimiter_comma(inputs)
});
/**
* | output |
* | --- |
* | "vertical bar" |
*
* @param {Import_Delimiter_PipeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_pipe = /** @type {((inputs?: Import_Delimiter_PipeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_PipeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_delimiter_pipe(inputs)
	return __en.import_delimiter_pipe(inputs)
});
/**
* | output |
* | --- |
* | "semicolon" |
*
* @param {Import_Delimiter_SemicolonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_semicolon = /** @type {((inputs?: Import_Delimiter_SemicolonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_SemicolonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_delimiter_semicolon(inputs)
	return __en.import_delimiter_semicolon(inputs)
});
/**
* | output |
* | --- |
* | "Tab" |
*
* @param {Import_Delimiter_TabInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_tab = /** @type {((inputs?: Import_Delimiter_TabInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_TabInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_delimiter_tab(inputs)
	return __en.import_delimiter_tab(inputs)
});
/**
* | output |
* | --- |
* | "Discard this file" |
*
* @param {Import_DiscardInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_discard = /** @type {((inputs?: Import_DiscardInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DiscardInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_discard(inputs)
	return __en.import_discard(inputs)
});
/**
* | output |
* | --- |
* | "Drop a CSV file here, or click to choose one" |
*
* @param {Import_DropInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_drop = /** @type {((inputs?: Import_DropInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DropInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_drop(inputs)
	return __en.import_drop(inputs)
});
/**
* | output |
* | --- |
* | "Exports of accounts, contacts, deals/opportunities, or one file with all three. UTF-8 or GBK, up to 50 MB and 100,000 rows." |
*
* @param {Import_Drop_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_drop_hint = /** @type {((inputs?: Import_Drop_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Drop_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_drop_hint(inputs)
	return __en.import_drop_hint(inputs)
});
/**
* | output |
* | --- |
* | "Another import of this workspace is running (or being undone). Wait until it has finished, then try again." |
*
* @param {Import_Error_BusyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_busy = /** @type {((inputs?: Import_Error_BusyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_BusyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_busy(inputs)
	return __en.import_error_busy(inputs)
});
/**
* | output |
* | --- |
* | "The file is empty." |
*
* @param {Import_Error_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_empty = /** @type {((inputs?: Import_Error_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_empty(inputs)
	return __en.import_error_empty(inputs)
});
/**
* | output |
* | --- |
* | "Part of the file is not readable text. Save it again as CSV (UTF-8) and read it again." |
*
* @param {Import_Error_EncodingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_encoding = /** @type {((inputs?: Import_Error_EncodingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_EncodingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_encoding(inputs)
	return __en.import_error_encoding(inputs)
});
/**
* | output |
* | --- |
* | "The connection was lost. Check it and try again." |
*
* @param {Import_Error_NetworkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_network = /** @type {((inputs?: Import_Error_NetworkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_NetworkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_network(inputs)
	return __en.import_error_network(inputs)
});
/**
* | output |
* | --- |
* | "The file has a header but no rows." |
*
* @param {Import_Error_No_RowsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_no_rows = /** @type {((inputs?: Import_Error_No_RowsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_No_RowsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_no_rows(inputs)
	return __en.import_error_no_rows(inputs)
});
/**
* | output |
* | --- |
* | "This import does not exist in your workspace (any more)." |
*
* @param {Import_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_not_found = /** @type {((inputs?: Import_Error_Not_FoundInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Not_FoundInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_not_found(inputs)
	return __en.import_error_not_found(inputs)
});
/**
* | output |
* | --- |
* | "Only one column was found. The values are probably separated by something else: choose the separator under “Values separated by” and read the file again." |
*
* @param {Import_Error_One_ColumnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_one_column = /** @type {((inputs?: Import_Error_One_ColumnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_One_ColumnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_one_column(inputs)
	return __en.import_error_one_column(inputs)
});
/**
* | output |
* | --- |
* | "The request was refused. Reload the page and try again." |
*
* @param {Import_Error_RequestInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_request = /** @type {((inputs?: Import_Error_RequestInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_RequestInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_request(inputs)
	return __en.import_error_request(inputs)
});
/**
* | output |
* | --- |
* | "Row {row} is longer than a million characters. Check the file: is it a CSV export? Nothing was imported." |
*
* @param {Import_Error_Row_Too_LongInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_row_too_long = /** @type {((inputs: Import_Error_Row_Too_LongInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Row_Too_LongInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_row_too_long(inputs)
	return __en.import_error_row_too_long(inputs)
});
/**
* | output |
* | --- |
* | "Rows with errors" |
*
* @param {Import_Error_RowsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_rows = /** @type {((inputs?: Import_Error_RowsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_RowsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_rows(inputs)
	return __en.import_error_rows(inputs)
});
/**
* | output |
* | --- |
* | "{count} rows with errors are left out" |
*
* @param {Import_Error_Rows_LineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_rows_line = /** @type {((inputs: Import_Error_Rows_LineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Rows_LineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_rows_line(inputs)
	return __en.import_error_rows_line(inputs)
});
/**
* | output |
* | --- |
* | "The file could not be read because of a problem on our side. Try again in a moment." |
*
* @param {Import_Error_ServerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_server = /** @type {((inputs?: Import_Error_ServerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_ServerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_server(inputs)
	return __en.import_error_server(inputs)
});
/**
* | output |
* | --- |
* | "Your session has ended. Sign in again, then choose the file again." |
*
* @param {Import_Error_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_signed_out = /** @type {((inputs?: Import_Error_Signed_OutInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Signed_OutInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_signed_out(inputs)
	return __en.import_error_signed_out(inputs)
});
/**
* | output |
* | --- |
* | "This import has already been started or finished meanwhile: the page now shows where it stands." |
*
* @param {Import_Error_StartedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_started = /** @type {((inputs?: Import_Error_StartedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_StartedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_started(inputs)
	return __en.import_error_started(inputs)
});
/**
* | output |
* | --- |
* | "The file is larger than 50 MB. Split it into smaller files (for example by year or owner) and import them one after another." |
*
* @param {Import_Error_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_too_large = /** @type {((inputs?: Import_Error_Too_LargeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Too_LargeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_too_large(inputs)
	return __en.import_error_too_large(inputs)
});
/**
* | output |
* | --- |
* | "The file has more than {limit} columns. Export only the columns you need." |
*
* @param {Import_Error_Too_Many_ColumnsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_too_many_columns = /** @type {((inputs: Import_Error_Too_Many_ColumnsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Too_Many_ColumnsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_too_many_columns(inputs)
	return __en.import_error_too_many_columns(inputs)
});
/**
* | output |
* | --- |
* | "The file has more than {limit} rows. Split it into smaller files and import them one after another." |
*
* @param {Import_Error_Too_Many_RowsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_too_many_rows = /** @type {((inputs: Import_Error_Too_Many_RowsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Too_Many_RowsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_too_many_rows(inputs)
	return __en.import_error_too_many_rows(inputs)
});
/**
* | output |
* | --- |
* | "Row {row} opens a quote that is never closed, so everything after it would be read as one value. Close or remove the quote in the file and read it again. Not..." |
*
* @param {Import_Error_Unclosed_QuoteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_unclosed_quote = /** @type {((inputs: Import_Error_Unclosed_QuoteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Unclosed_QuoteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_error_unclosed_quote(inputs)
	return __en.import_error_unclosed_quote(inputs)
});
/**
* | output |
* | --- |
* | "What the column “{column}” holds" |
*
* @param {Import_Field_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_field_for = /** @type {((inputs: Import_Field_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Field_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_field_for(inputs)
	return __en.import_field_for(inputs)
});
/**
* | output |
* | --- |
* | "— not imported —" |
*
* @param {Import_Field_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_field_none = /** @type {((inputs?: Import_Field_NoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Field_NoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_field_none(inputs)
	return __en.import_field_none(inputs)
});
/**
* | output |
* | --- |
* | "{file}: {rows} rows, {encoding}, separated by “{delimiter}”" |
*
* @param {Import_File_FactsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_file_facts = /** @type {((inputs: Import_File_FactsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_File_FactsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_file_facts(inputs)
	return __en.import_file_facts(inputs)
});
/**
* | output |
* | --- |
* | "Bring accounts, contacts and deals into {workspace} from a Salesforce or HubSpot export (or any CSV): check how the columns are read, see what each row will ..." |
*
* @param {Import_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_intro = /** @type {((inputs: Import_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_intro(inputs)
	return __en.import_intro(inputs)
});
/**
* | output |
* | --- |
* | "You can leave this page: the import goes on, and this page shows where it stands when you come back." |
*
* @param {Import_May_LeaveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_may_leave = /** @type {((inputs?: Import_May_LeaveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_May_LeaveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_may_leave(inputs)
	return __en.import_may_leave(inputs)
});
/**
* | output |
* | --- |
* | "Only owners and managers of the workspace can import. Ask one of them to import the file, or to make you a manager." |
*
* @param {Import_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_not_allowed = /** @type {((inputs?: Import_Not_AllowedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Not_AllowedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_not_allowed(inputs)
	return __en.import_not_allowed(inputs)
});
/**
* | output |
* | --- |
* | "Amounts written as" |
*
* @param {Import_Number_FormatInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_number_format = /** @type {((inputs?: Import_Number_FormatInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Number_FormatInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_number_format(inputs)
	return __en.import_number_format(inputs)
});
/**
* | output |
* | --- |
* | "Only rows with errors or warnings" |
*
* @param {Import_Only_ProblemsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_only_problems = /** @type {((inputs?: Import_Only_ProblemsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Only_ProblemsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_only_problems(inputs)
	return __en.import_only_problems(inputs)
});
/**
* | output |
* | --- |
* | "Preview the import" |
*
* @param {Import_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_preview = /** @type {((inputs?: Import_PreviewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_PreviewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_preview(inputs)
	return __en.import_preview(inputs)
});
/**
* | output |
* | --- |
* | "Contacts need an account: choose the column that holds the account (company) name." |
*
* @param {Import_Problem_Contactneedsaccount2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_contactneedsaccount2 = /** @type {((inputs?: Import_Problem_Contactneedsaccount2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Contactneedsaccount2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_problem_contactneedsaccount2(inputs)
	return __en.import_problem_contactneedsaccount2(inputs)
});
export { import_problem_contactneedsaccount2 as "import_problem_contactNeedsAccount" }
/**
* | output |
* | --- |
* | "The currency for amounts without one needs a three-letter code, such as USD or CNY." |
*
* @param {Import_Problem_CurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_problem_currency = /** @type {((inputs?: Import_Problem_CurrencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_CurrencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_problem_currency(inputs)
	return __en.import_problem_currency(inputs)
});
/**
* | output |
* | --- |
* | "Deals need an account: choose the column that holds the account (company) name." |
*
* @param {Import_Problem_Dealneedsaccount2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_dealneedsaccount2 = /** @type {((inputs?: Import_Problem_Dealneedsaccount2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Dealneedsaccount2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_problem_dealneedsaccount2(inputs)
	return __en.import_problem_dealneedsaccount2(inputs)
});
export { import_problem_dealneedsaccount2 as "import_problem_dealNeedsAccount" }
/**
* | output |
* | --- |
* | "Deals need a name: choose the column that holds the deal (opportunity) name." |
*
* @param {Import_Problem_Dealneedstitle2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_dealneedstitle2 = /** @type {((inputs?: Import_Problem_Dealneedstitle2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Dealneedstitle2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_problem_dealneedstitle2(inputs)
	return __en.import_problem_dealneedstitle2(inputs)
});
export { import_problem_dealneedstitle2 as "import_problem_dealNeedsTitle" }
/**
* | output |
* | --- |
* | "No column is imported yet: choose what at least one column holds (an account name, a deal name or a contact)." |
*
* @param {Import_Problem_Nothingmapped1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_nothingmapped1 = /** @type {((inputs?: Import_Problem_Nothingmapped1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Nothingmapped1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_problem_nothingmapped1(inputs)
	return __en.import_problem_nothingmapped1(inputs)
});
export { import_problem_nothingmapped1 as "import_problem_nothingMapped" }
/**
* | output |
* | --- |
* | "{done} of {total} rows." |
*
* @param {Import_ProgressInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_progress = /** @type {((inputs: Import_ProgressInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_ProgressInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_progress(inputs)
	return __en.import_progress(inputs)
});
/**
* | output |
* | --- |
* | "Recent imports" |
*
* @param {Import_RecentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_recent = /** @type {((inputs?: Import_RecentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_RecentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_recent(inputs)
	return __en.import_recent(inputs)
});
/**
* | output |
* | --- |
* | "{rows} rows · {by} · {when}" |
*
* @param {Import_Recent_LineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_recent_line = /** @type {((inputs: Import_Recent_LineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Recent_LineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_recent_line(inputs)
	return __en.import_recent_line(inputs)
});
/**
* | output |
* | --- |
* | "Left out:" |
*
* @param {Import_Row_SkippedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_row_skipped = /** @type {((inputs?: Import_Row_SkippedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Row_SkippedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_row_skipped(inputs)
	return __en.import_row_skipped(inputs)
});
/**
* | output |
* | --- |
* | "The first rows and those with problems are shown ({shown} of {total})." |
*
* @param {Import_Rows_ShownInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_rows_shown = /** @type {((inputs: Import_Rows_ShownInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Rows_ShownInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_rows_shown(inputs)
	return __en.import_rows_shown(inputs)
});
/**
* | output |
* | --- |
* | "The import stopped on a database error and will be retried: {problem}" |
*
* @param {Import_Run_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_run_problem = /** @type {((inputs: Import_Run_ProblemInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Run_ProblemInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_run_problem(inputs)
	return __en.import_run_problem(inputs)
});
/**
* | output |
* | --- |
* | "Our stage for “{value}”" |
*
* @param {Import_Stage_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_for = /** @type {((inputs: Import_Stage_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_stage_for(inputs)
	return __en.import_stage_for(inputs)
});
/**
* | output |
* | --- |
* | "Lost" |
*
* @param {Import_Stage_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_lost = /** @type {((inputs?: Import_Stage_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_stage_lost(inputs)
	return __en.import_stage_lost(inputs)
});
/**
* | output |
* | --- |
* | "— choose a stage —" |
*
* @param {Import_Stage_UnmappedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_unmapped = /** @type {((inputs?: Import_Stage_UnmappedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_UnmappedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_stage_unmapped(inputs)
	return __en.import_stage_unmapped(inputs)
});
/**
* | output |
* | --- |
* | "Won (order confirmed)" |
*
* @param {Import_Stage_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_won = /** @type {((inputs?: Import_Stage_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_stage_won(inputs)
	return __en.import_stage_won(inputs)
});
/**
* | output |
* | --- |
* | "Stages" |
*
* @param {Import_StagesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stages = /** @type {((inputs?: Import_StagesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_StagesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_stages(inputs)
	return __en.import_stages(inputs)
});
/**
* | output |
* | --- |
* | "Each stage value in the file, and our stage it stands for. Earlier stages' exit criteria are ticked for the deal, marked as imported, to be checked with the ..." |
*
* @param {Import_Stages_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stages_hint = /** @type {((inputs?: Import_Stages_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stages_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_stages_hint(inputs)
	return __en.import_stages_hint(inputs)
});
/**
* | output |
* | --- |
* | "Imported" |
*
* @param {Import_Status_ImportedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_imported = /** @type {((inputs?: Import_Status_ImportedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_ImportedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_status_imported(inputs)
	return __en.import_status_imported(inputs)
});
/**
* | output |
* | --- |
* | "Importing…" |
*
* @param {Import_Status_ImportingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_importing = /** @type {((inputs?: Import_Status_ImportingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_ImportingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_status_importing(inputs)
	return __en.import_status_importing(inputs)
});
/**
* | output |
* | --- |
* | "Undoing the import…" |
*
* @param {Import_Status_UndoingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_undoing = /** @type {((inputs?: Import_Status_UndoingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_UndoingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_status_undoing(inputs)
	return __en.import_status_undoing(inputs)
});
/**
* | output |
* | --- |
* | "Undone" |
*
* @param {Import_Status_UndoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_undone = /** @type {((inputs?: Import_Status_UndoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_UndoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_status_undone(inputs)
	return __en.import_status_undone(inputs)
});
/**
* | output |
* | --- |
* | "Read, not imported yet" |
*
* @param {Import_Status_UploadedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_uploaded = /** @type {((inputs?: Import_Status_UploadedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_UploadedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_status_uploaded(inputs)
	return __en.import_status_uploaded(inputs)
});
/**
* | output |
* | --- |
* | "2. Check the columns" |
*
* @param {Import_Step_MapInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_step_map = /** @type {((inputs?: Import_Step_MapInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Step_MapInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_step_map(inputs)
	return __en.import_step_map(inputs)
});
/**
* | output |
* | --- |
* | "3. What the import will do" |
*
* @param {Import_Step_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_step_preview = /** @type {((inputs?: Import_Step_PreviewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Step_PreviewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_step_preview(inputs)
	return __en.import_step_preview(inputs)
});
/**
* | output |
* | --- |
* | "1. Choose a file" |
*
* @param {Import_Step_UploadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_step_upload = /** @type {((inputs?: Import_Step_UploadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Step_UploadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_step_upload(inputs)
	return __en.import_step_upload(inputs)
});
/**
* | output |
* | --- |
* | "Import from CSV" |
*
* @param {Import_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_title = /** @type {((inputs?: Import_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_title(inputs)
	return __en.import_title(inputs)
});
/**
* | output |
* | --- |
* | "Undo this import" |
*
* @param {Import_UndoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_undo = /** @type {((inputs?: Import_UndoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_UndoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_undo(inputs)
	return __en.import_undo(inputs)
});
/**
* | output |
* | --- |
* | "Undo the import of {file}? Deals, contacts and accounts it created are removed, unless someone has worked on them since; fields it changed are set back." |
*
* @param {Import_Undo_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_undo_confirm = /** @type {((inputs: Import_Undo_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Undo_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_undo_confirm(inputs)
	return __en.import_undo_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Undone: {removed} removed, {restored} set back, {kept} kept because someone has worked on them since." |
*
* @param {Import_Undo_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_undo_summary = /** @type {((inputs: Import_Undo_SummaryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Undo_SummaryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_undo_summary(inputs)
	return __en.import_undo_summary(inputs)
});
/**
* | output |
* | --- |
* | "Read the file" |
*
* @param {Import_UploadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_upload = /** @type {((inputs?: Import_UploadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_UploadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_upload(inputs)
	return __en.import_upload(inputs)
});
/**
* | output |
* | --- |
* | "Reading the file…" |
*
* @param {Import_UploadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_uploading = /** @type {((inputs?: Import_UploadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_UploadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_uploading(inputs)
	return __en.import_uploading(inputs)
});
/**
* | output |
* | --- |
* | "Working…" |
*
* @param {Import_WorkingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_working = /** @type {((inputs?: Import_WorkingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_WorkingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.import_working(inputs)
	return __en.import_working(inputs)
});
/**
* | output |
* | --- |
* | "Nothing here yet: mentions of you and replies to your threads show up here." |
*
* @param {Inbox_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_empty = /** @type {((inputs?: Inbox_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.inbox_empty(inputs)
	return __en.inbox_empty(inputs)
});
/**
* | output |
* | --- |
* | "{name} mentioned you" |
*
* @param {Inbox_MentionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_mention = /** @type {((inputs: Inbox_MentionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_MentionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.inbox_mention(inputs)
	return __en.inbox_mention(inputs)
});
/**
* | output |
* | --- |
* | "{name} replied" |
*
* @param {Inbox_ReplyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_reply = /** @type {((inputs: Inbox_ReplyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_ReplyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.inbox_reply(inputs)
	return __en.inbox_reply(inputs)
});
/**
* | output |
* | --- |
* | "Inbox" |
*
* @param {Inbox_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_title = /** @type {((inputs?: Inbox_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.inbox_title(inputs)
	return __en.inbox_title(inputs)
});
/**
* | output |
* | --- |
* | "{count} unread" |
*
* @param {Inbox_UnreadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const inbox_unread = /** @type {((inputs: Inbox_UnreadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inbox_UnreadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.inbox_unread(inputs)
	return __en.inbox_unread(inputs)
});
/**
* | output |
* | --- |
* | "Ask the person who invited you to send a new invitation." |
*
* @param {Invite_AskInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_ask = /** @type {((inputs?: Invite_AskInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_AskInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_ask(inputs)
	return __en.invite_ask(inputs)
});
/**
* | output |
* | --- |
* | "This invitation link has expired." |
*
* @param {Invite_ExpiredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_expired = /** @type {((inputs?: Invite_ExpiredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_ExpiredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_expired(inputs)
	return __en.invite_expired(inputs)
});
/**
* | output |
* | --- |
* | "{inviter} invited you as {role}." |
*
* @param {Invite_FromInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_from = /** @type {((inputs: Invite_FromInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_FromInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_from(inputs)
	return __en.invite_from(inputs)
});
/**
* | output |
* | --- |
* | "This invitation cannot be used" |
*
* @param {Invite_Gone_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_gone_title = /** @type {((inputs?: Invite_Gone_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Gone_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_gone_title(inputs)
	return __en.invite_gone_title(inputs)
});
/**
* | output |
* | --- |
* | "An account with this email already exists. Sign in to join instead." |
*
* @param {Invite_Has_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_has_account = /** @type {((inputs?: Invite_Has_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Has_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_has_account(inputs)
	return __en.invite_has_account(inputs)
});
/**
* | output |
* | --- |
* | "Join {workspace}" |
*
* @param {Invite_JoinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_join = /** @type {((inputs: Invite_JoinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_JoinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_join(inputs)
	return __en.invite_join(inputs)
});
/**
* | output |
* | --- |
* | "You are signed in as {email}, but this invitation was sent to another address. Sign out and open the link again, or ask for an invitation to {email}." |
*
* @param {Invite_Other_AddressInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_other_address = /** @type {((inputs: Invite_Other_AddressInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Other_AddressInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_other_address(inputs)
	return __en.invite_other_address(inputs)
});
/**
* | output |
* | --- |
* | "This invitation was revoked." |
*
* @param {Invite_RevokedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_revoked = /** @type {((inputs?: Invite_RevokedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_RevokedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_revoked(inputs)
	return __en.invite_revoked(inputs)
});
/**
* | output |
* | --- |
* | "Sign in instead" |
*
* @param {Invite_Signin_InsteadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signin_instead = /** @type {((inputs?: Invite_Signin_InsteadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signin_InsteadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_signin_instead(inputs)
	return __en.invite_signin_instead(inputs)
});
/**
* | output |
* | --- |
* | "Sign in and join" |
*
* @param {Invite_Signin_JoinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signin_join = /** @type {((inputs?: Invite_Signin_JoinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signin_JoinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_signin_join(inputs)
	return __en.invite_signin_join(inputs)
});
/**
* | output |
* | --- |
* | "Create a new account instead" |
*
* @param {Invite_Signup_InsteadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signup_instead = /** @type {((inputs?: Invite_Signup_InsteadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signup_InsteadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_signup_instead(inputs)
	return __en.invite_signup_instead(inputs)
});
/**
* | output |
* | --- |
* | "Create account and join" |
*
* @param {Invite_Signup_JoinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signup_join = /** @type {((inputs?: Invite_Signup_JoinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signup_JoinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_signup_join(inputs)
	return __en.invite_signup_join(inputs)
});
/**
* | output |
* | --- |
* | "Join {workspace}" |
*
* @param {Invite_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_title = /** @type {((inputs: Invite_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_title(inputs)
	return __en.invite_title(inputs)
});
/**
* | output |
* | --- |
* | "This invitation link is not valid. Check that you copied all of it." |
*
* @param {Invite_UnknownInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_unknown = /** @type {((inputs?: Invite_UnknownInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_UnknownInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_unknown(inputs)
	return __en.invite_unknown(inputs)
});
/**
* | output |
* | --- |
* | "This invitation link has already been used." |
*
* @param {Invite_UsedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_used = /** @type {((inputs?: Invite_UsedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_UsedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.invite_used(inputs)
	return __en.invite_used(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {LanguageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const language = /** @type {((inputs?: LanguageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<LanguageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.language(inputs)
	return __en.language(inputs)
});
/**
* | output |
* | --- |
* | "Loading the deal room…" |
*
* @param {Loading_DocumentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const loading_document = /** @type {((inputs?: Loading_DocumentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Loading_DocumentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.loading_document(inputs)
	return __en.loading_document(inputs)
});
/**
* | output |
* | --- |
* | "Demo: alice@demo.test, bob@demo.test, maya@demo.test or victor@demo.test, password demo-password." |
*
* @param {Login_Demo_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const login_demo_hint = /** @type {((inputs?: Login_Demo_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_Demo_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.login_demo_hint(inputs)
	return __en.login_demo_hint(inputs)
});
/**
* | output |
* | --- |
* | "Already have an account?" |
*
* @param {Login_Have_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const login_have_account = /** @type {((inputs?: Login_Have_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_Have_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.login_have_account(inputs)
	return __en.login_have_account(inputs)
});
/**
* | output |
* | --- |
* | "No account yet?" |
*
* @param {Login_No_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const login_no_account = /** @type {((inputs?: Login_No_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_No_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.login_no_account(inputs)
	return __en.login_no_account(inputs)
});
/**
* | output |
* | --- |
* | "Sign in to your deal rooms" |
*
* @param {Login_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const login_title = /** @type {((inputs?: Login_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.login_title(inputs)
	return __en.login_title(inputs)
});
/**
* | output |
* | --- |
* | "{inviter} invited you to join the workspace “{workspace}” on Deal rooms. Open this link to join: {link} The link works once and expires on {expires}. If you ..." |
*
* @param {Mail_Invite_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_invite_body = /** @type {((inputs: Mail_Invite_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Invite_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_invite_body(inputs)
	return __en.mail_invite_body(inputs)
});
/**
* | output |
* | --- |
* | "{inviter} invited you to {workspace} on Deal rooms" |
*
* @param {Mail_Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_invite_subject = /** @type {((inputs: Mail_Invite_SubjectInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Invite_SubjectInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_invite_subject(inputs)
	return __en.mail_invite_subject(inputs)
});
/**
* | output |
* | --- |
* | "Someone asked to reset the password of your Deal rooms account. Open this link to choose a new password (it works once, for one hour): {link} If it was not y..." |
*
* @param {Mail_Reset_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_reset_body = /** @type {((inputs: Mail_Reset_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Reset_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_reset_body(inputs)
	return __en.mail_reset_body(inputs)
});
/**
* | output |
* | --- |
* | "Reset your Deal rooms password" |
*
* @param {Mail_Reset_SubjectInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_reset_subject = /** @type {((inputs?: Mail_Reset_SubjectInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Reset_SubjectInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_reset_subject(inputs)
	return __en.mail_reset_subject(inputs)
});
/**
* | output |
* | --- |
* | "Someone (we hope you) signed up for Deal rooms with this address. Open this link to finish creating your account (it works once, for 24 hours): {link} If it ..." |
*
* @param {Mail_Signup_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_body = /** @type {((inputs: Mail_Signup_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_signup_body(inputs)
	return __en.mail_signup_body(inputs)
});
/**
* | output |
* | --- |
* | "Someone (we hope you) tried to sign up for Deal rooms with this address, which already has an account. No new account was created. Sign in: {signin} Forgot y..." |
*
* @param {Mail_Signup_Existing_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_existing_body = /** @type {((inputs: Mail_Signup_Existing_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_Existing_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_signup_existing_body(inputs)
	return __en.mail_signup_existing_body(inputs)
});
/**
* | output |
* | --- |
* | "You already have a Deal rooms account" |
*
* @param {Mail_Signup_Existing_SubjectInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_existing_subject = /** @type {((inputs?: Mail_Signup_Existing_SubjectInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_Existing_SubjectInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_signup_existing_subject(inputs)
	return __en.mail_signup_existing_subject(inputs)
});
/**
* | output |
* | --- |
* | "Finish creating your Deal rooms account" |
*
* @param {Mail_Signup_SubjectInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_subject = /** @type {((inputs?: Mail_Signup_SubjectInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_SubjectInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mail_signup_subject(inputs)
	return __en.mail_signup_subject(inputs)
});
/**
* | output |
* | --- |
* | "Mark lost" |
*
* @param {Mark_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mark_lost = /** @type {((inputs?: Mark_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mark_lost(inputs)
	return __en.mark_lost(inputs)
});
/**
* | output |
* | --- |
* | "Mark won" |
*
* @param {Mark_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mark_won = /** @type {((inputs?: Mark_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.mark_won(inputs)
	return __en.mark_won(inputs)
});
/**
* | output |
* | --- |
* | "Member" |
*
* @param {MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const member = /** @type {((inputs?: MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.member(inputs)
	return __en.member(inputs)
});
/**
* | output |
* | --- |
* | "{name} is now {role} on this deal." |
*
* @param {Member_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const member_added = /** @type {((inputs: Member_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Member_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.member_added(inputs)
	return __en.member_added(inputs)
});
/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Nav_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_deals = /** @type {((inputs?: Nav_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_deals(inputs)
	return __en.nav_deals(inputs)
});
/**
* | output |
* | --- |
* | "Import" |
*
* @param {Nav_ImportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_import = /** @type {((inputs?: Nav_ImportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_ImportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_import(inputs)
	return __en.nav_import(inputs)
});
/**
* | output |
* | --- |
* | "Inbox" |
*
* @param {Nav_InboxInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_inbox = /** @type {((inputs?: Nav_InboxInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_InboxInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_inbox(inputs)
	return __en.nav_inbox(inputs)
});
/**
* | output |
* | --- |
* | "Main" |
*
* @param {Nav_MainInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_main = /** @type {((inputs?: Nav_MainInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_MainInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_main(inputs)
	return __en.nav_main(inputs)
});
/**
* | output |
* | --- |
* | "Menu" |
*
* @param {Nav_MenuInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_menu = /** @type {((inputs?: Nav_MenuInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_MenuInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_menu(inputs)
	return __en.nav_menu(inputs)
});
/**
* | output |
* | --- |
* | "New account" |
*
* @param {Nav_New_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_new_account = /** @type {((inputs?: Nav_New_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_New_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_new_account(inputs)
	return __en.nav_new_account(inputs)
});
/**
* | output |
* | --- |
* | "New deal" |
*
* @param {Nav_New_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_new_deal = /** @type {((inputs?: Nav_New_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_New_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_new_deal(inputs)
	return __en.nav_new_deal(inputs)
});
/**
* | output |
* | --- |
* | "Pipeline review" |
*
* @param {Nav_PipelineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_pipeline = /** @type {((inputs?: Nav_PipelineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_PipelineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_pipeline(inputs)
	return __en.nav_pipeline(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Nav_SettingsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_settings = /** @type {((inputs?: Nav_SettingsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_SettingsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nav_settings(inputs)
	return __en.nav_settings(inputs)
});
/**
* | output |
* | --- |
* | "New account" |
*
* @param {New_Account_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const new_account_title = /** @type {((inputs?: New_Account_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<New_Account_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.new_account_title(inputs)
	return __en.new_account_title(inputs)
});
/**
* | output |
* | --- |
* | "New deal" |
*
* @param {New_Deal_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const new_deal_title = /** @type {((inputs?: New_Deal_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<New_Deal_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.new_deal_title(inputs)
	return __en.new_deal_title(inputs)
});
/**
* | output |
* | --- |
* | "You have no access to this deal. Ask its owner to add you." |
*
* @param {No_AccessInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const no_access = /** @type {((inputs?: No_AccessInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_AccessInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.no_access(inputs)
	return __en.no_access(inputs)
});
/**
* | output |
* | --- |
* | "Create an account (the customer company) first." |
*
* @param {No_AccountsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const no_accounts = /** @type {((inputs?: No_AccountsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_AccountsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.no_accounts(inputs)
	return __en.no_accounts(inputs)
});
/**
* | output |
* | --- |
* | "This page does not exist." |
*
* @param {Not_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const not_found = /** @type {((inputs?: Not_FoundInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Not_FoundInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.not_found(inputs)
	return __en.not_found(inputs)
});
/**
* | output |
* | --- |
* | "Answered" |
*
* @param {Nq_AnsweredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_answered = /** @type {((inputs?: Nq_AnsweredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_AnsweredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_answered(inputs)
	return __en.nq_answered(inputs)
});
/**
* | output |
* | --- |
* | "Comment on question {n}" |
*
* @param {Nq_CommentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_comment = /** @type {((inputs: Nq_CommentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_CommentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_comment(inputs)
	return __en.nq_comment(inputs)
});
/**
* | output |
* | --- |
* | "Comments: {count}" |
*
* @param {Nq_Comments_CountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_comments_count = /** @type {((inputs: Nq_Comments_CountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_Comments_CountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_comments_count(inputs)
	return __en.nq_comments_count(inputs)
});
/**
* | output |
* | --- |
* | "Reading the deal room…" |
*
* @param {Nq_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_loading = /** @type {((inputs?: Nq_LoadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_LoadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_loading(inputs)
	return __en.nq_loading(inputs)
});
/**
* | output |
* | --- |
* | "Missing" |
*
* @param {Nq_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_missing = /** @type {((inputs?: Nq_MissingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_MissingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_missing(inputs)
	return __en.nq_missing(inputs)
});
/**
* | output |
* | --- |
* | "Missing" |
*
* @param {Nq_Missing_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_missing_label = /** @type {((inputs?: Nq_Missing_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_Missing_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_missing_label(inputs)
	return __en.nq_missing_label(inputs)
});
/**
* | output |
* | --- |
* | "What to do next" |
*
* @param {Nq_Next_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_next_label = /** @type {((inputs?: Nq_Next_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_Next_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_next_label(inputs)
	return __en.nq_next_label(inputs)
});
/**
* | output |
* | --- |
* | "Nine questions" |
*
* @param {Nq_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_open = /** @type {((inputs?: Nq_OpenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_OpenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_open(inputs)
	return __en.nq_open(inputs)
});
/**
* | output |
* | --- |
* | "Partly" |
*
* @param {Nq_PartlyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_partly = /** @type {((inputs?: Nq_PartlyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_PartlyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_partly(inputs)
	return __en.nq_partly(inputs)
});
/**
* | output |
* | --- |
* | "{score} of {total} answered" |
*
* @param {Nq_ScoreInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_score = /** @type {((inputs: Nq_ScoreInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_ScoreInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_score(inputs)
	return __en.nq_score(inputs)
});
/**
* | output |
* | --- |
* | "The nine questions 赢单九问" |
*
* @param {Nq_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_title = /** @type {((inputs?: Nq_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.nq_title(inputs)
	return __en.nq_title(inputs)
});
/**
* | output |
* | --- |
* | "Fill in every part: a precise objective is what the whole plan aims at." |
*
* @param {Obj_IncompleteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_incomplete = /** @type {((inputs?: Obj_IncompleteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_IncompleteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.obj_incomplete(inputs)
	return __en.obj_incomplete(inputs)
});
/**
* | output |
* | --- |
* | "Quantity" |
*
* @param {Obj_QuantityInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_quantity = /** @type {((inputs?: Obj_QuantityInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_QuantityInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.obj_quantity(inputs)
	return __en.obj_quantity(inputs)
});
/**
* | output |
* | --- |
* | "Revenue" |
*
* @param {Obj_RevenueInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_revenue = /** @type {((inputs?: Obj_RevenueInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_RevenueInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.obj_revenue(inputs)
	return __en.obj_revenue(inputs)
});
/**
* | output |
* | --- |
* | "What" |
*
* @param {Obj_WhatInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_what = /** @type {((inputs?: Obj_WhatInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_WhatInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.obj_what(inputs)
	return __en.obj_what(inputs)
});
/**
* | output |
* | --- |
* | "By when" |
*
* @param {Obj_WhenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_when = /** @type {((inputs?: Obj_WhenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_WhenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.obj_when(inputs)
	return __en.obj_when(inputs)
});
/**
* | output |
* | --- |
* | "To whom" |
*
* @param {Obj_WhomInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_whom = /** @type {((inputs?: Obj_WhomInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_WhomInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.obj_whom(inputs)
	return __en.obj_whom(inputs)
});
/**
* | output |
* | --- |
* | "You are offline. Deals you opened on this device can be read and edited; your changes are saved when the connection returns." |
*
* @param {Offline_BannerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const offline_banner = /** @type {((inputs?: Offline_BannerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offline_BannerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.offline_banner(inputs)
	return __en.offline_banner(inputs)
});
/**
* | output |
* | --- |
* | "This page needs a connection to the server and is not available offline." |
*
* @param {Offline_UnavailableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const offline_unavailable = /** @type {((inputs?: Offline_UnavailableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offline_UnavailableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.offline_unavailable(inputs)
	return __en.offline_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "Only the deal owner, a workspace owner or a manager can change who is on this deal." |
*
* @param {Only_Managers_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const only_managers_add = /** @type {((inputs?: Only_Managers_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Only_Managers_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.only_managers_add(inputs)
	return __en.only_managers_add(inputs)
});
/**
* | output |
* | --- |
* | "Only a workspace owner or manager can reopen a closed deal." |
*
* @param {Only_Managers_ReopenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const only_managers_reopen = /** @type {((inputs?: Only_Managers_ReopenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Only_Managers_ReopenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.only_managers_reopen(inputs)
	return __en.only_managers_reopen(inputs)
});
/**
* | output |
* | --- |
* | "Password" |
*
* @param {PasswordInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const password = /** @type {((inputs?: PasswordInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<PasswordInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.password(inputs)
	return __en.password(inputs)
});
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Pb_Action_DoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_action_done = /** @type {((inputs?: Pb_Action_DoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Action_DoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_action_done(inputs)
	return __en.pb_action_done(inputs)
});
/**
* | output |
* | --- |
* | "Action items" |
*
* @param {Pb_ActionsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_actions = /** @type {((inputs?: Pb_ActionsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_ActionsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_actions(inputs)
	return __en.pb_actions(inputs)
});
/**
* | output |
* | --- |
* | "Add action" |
*
* @param {Pb_Add_ActionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_add_action = /** @type {((inputs?: Pb_Add_ActionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Add_ActionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_add_action(inputs)
	return __en.pb_add_action(inputs)
});
/**
* | output |
* | --- |
* | "Add a person from the role table" |
*
* @param {Pb_Add_PersonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_add_person = /** @type {((inputs?: Pb_Add_PersonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Add_PersonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_add_person(inputs)
	return __en.pb_add_person(inputs)
});
/**
* | output |
* | --- |
* | "The buyer alone" |
*
* @param {Pb_BuyerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_buyer = /** @type {((inputs?: Pb_BuyerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_BuyerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_buyer(inputs)
	return __en.pb_buyer(inputs)
});
/**
* | output |
* | --- |
* | "Competitor" |
*
* @param {Pb_CompetitorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_competitor = /** @type {((inputs?: Pb_CompetitorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_CompetitorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_competitor(inputs)
	return __en.pb_competitor(inputs)
});
/**
* | output |
* | --- |
* | "Competitor name" |
*
* @param {Pb_Competitor_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_competitor_name = /** @type {((inputs?: Pb_Competitor_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Competitor_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_competitor_name(inputs)
	return __en.pb_competitor_name(inputs)
});
/**
* | output |
* | --- |
* | "Where the buyer stands now" |
*
* @param {Pb_CurrentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_current = /** @type {((inputs?: Pb_CurrentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_CurrentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_current(inputs)
	return __en.pb_current(inputs)
});
/**
* | output |
* | --- |
* | "Key people to meet" |
*
* @param {Pb_Key_PeopleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_key_people = /** @type {((inputs?: Pb_Key_PeopleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Key_PeopleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_key_people(inputs)
	return __en.pb_key_people(inputs)
});
/**
* | output |
* | --- |
* | "Add people to the role analysis table to pick key people." |
*
* @param {Pb_No_Role_TableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_no_role_table = /** @type {((inputs?: Pb_No_Role_TableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_No_Role_TableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_no_role_table(inputs)
	return __en.pb_no_role_table(inputs)
});
/**
* | output |
* | --- |
* | "— not set —" |
*
* @param {Pb_Not_SetInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_not_set = /** @type {((inputs?: Pb_Not_SetInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Not_SetInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_not_set(inputs)
	return __en.pb_not_set(inputs)
});
/**
* | output |
* | --- |
* | "Shaped by" |
*
* @param {Pb_Shaped_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_shaped_by = /** @type {((inputs?: Pb_Shaped_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Shaped_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_shaped_by(inputs)
	return __en.pb_shaped_by(inputs)
});
/**
* | output |
* | --- |
* | "Suggested move" |
*
* @param {Pb_SuggestedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_suggested = /** @type {((inputs?: Pb_SuggestedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_SuggestedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_suggested(inputs)
	return __en.pb_suggested(inputs)
});
/**
* | output |
* | --- |
* | "Tactics" |
*
* @param {Pb_TacticsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_tactics = /** @type {((inputs?: Pb_TacticsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_TacticsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_tactics(inputs)
	return __en.pb_tactics(inputs)
});
/**
* | output |
* | --- |
* | "Pull back to" |
*
* @param {Pb_TargetInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_target = /** @type {((inputs?: Pb_TargetInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_TargetInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_target(inputs)
	return __en.pb_target(inputs)
});
/**
* | output |
* | --- |
* | "Us" |
*
* @param {Pb_UsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_us = /** @type {((inputs?: Pb_UsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_UsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pb_us(inputs)
	return __en.pb_us(inputs)
});
/**
* | output |
* | --- |
* | "All stages" |
*
* @param {Pl_All_StagesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_all_stages = /** @type {((inputs?: Pl_All_StagesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_All_StagesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_all_stages(inputs)
	return __en.pl_all_stages(inputs)
});
/**
* | output |
* | --- |
* | "Amount" |
*
* @param {Pl_AmountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_amount = /** @type {((inputs?: Pl_AmountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_AmountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_amount(inputs)
	return __en.pl_amount(inputs)
});
/**
* | output |
* | --- |
* | "Board" |
*
* @param {Pl_BoardInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_board = /** @type {((inputs?: Pl_BoardInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_BoardInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_board(inputs)
	return __en.pl_board(inputs)
});
/**
* | output |
* | --- |
* | "added" |
*
* @param {Pl_Ch_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_added = /** @type {((inputs?: Pl_Ch_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_added(inputs)
	return __en.pl_ch_added(inputs)
});
/**
* | output |
* | --- |
* | "advanced" |
*
* @param {Pl_Ch_AdvancedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_advanced = /** @type {((inputs?: Pl_Ch_AdvancedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_AdvancedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_advanced(inputs)
	return __en.pl_ch_advanced(inputs)
});
/**
* | output |
* | --- |
* | "amount" |
*
* @param {Pl_Ch_AmountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_amount = /** @type {((inputs?: Pl_Ch_AmountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_AmountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_amount(inputs)
	return __en.pl_ch_amount(inputs)
});
/**
* | output |
* | --- |
* | "close date" |
*
* @param {Pl_Ch_DateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_date = /** @type {((inputs?: Pl_Ch_DateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_DateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_date(inputs)
	return __en.pl_ch_date(inputs)
});
/**
* | output |
* | --- |
* | "lost" |
*
* @param {Pl_Ch_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_lost = /** @type {((inputs?: Pl_Ch_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_lost(inputs)
	return __en.pl_ch_lost(inputs)
});
/**
* | output |
* | --- |
* | "9 questions" |
*
* @param {Pl_Ch_QuestionsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_questions = /** @type {((inputs?: Pl_Ch_QuestionsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_QuestionsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_questions(inputs)
	return __en.pl_ch_questions(inputs)
});
/**
* | output |
* | --- |
* | "{from} → {to} answered since the last review" |
*
* @param {Pl_Ch_Questions_DetailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_questions_detail = /** @type {((inputs: Pl_Ch_Questions_DetailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_Questions_DetailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_questions_detail(inputs)
	return __en.pl_ch_questions_detail(inputs)
});
/**
* | output |
* | --- |
* | "gone" |
*
* @param {Pl_Ch_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_removed = /** @type {((inputs?: Pl_Ch_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_removed(inputs)
	return __en.pl_ch_removed(inputs)
});
/**
* | output |
* | --- |
* | "slipped" |
*
* @param {Pl_Ch_SlippedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_slipped = /** @type {((inputs?: Pl_Ch_SlippedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_SlippedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_slipped(inputs)
	return __en.pl_ch_slipped(inputs)
});
/**
* | output |
* | --- |
* | "won" |
*
* @param {Pl_Ch_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_won = /** @type {((inputs?: Pl_Ch_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_ch_won(inputs)
	return __en.pl_ch_won(inputs)
});
/**
* | output |
* | --- |
* | "Close date" |
*
* @param {Pl_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_close = /** @type {((inputs?: Pl_CloseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_CloseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_close(inputs)
	return __en.pl_close(inputs)
});
/**
* | output |
* | --- |
* | "Comment on" |
*
* @param {Pl_Comment_OnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_comment_on = /** @type {((inputs?: Pl_Comment_OnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Comment_OnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_comment_on(inputs)
	return __en.pl_comment_on(inputs)
});
/**
* | output |
* | --- |
* | "Compare with" |
*
* @param {Pl_Compare_WithInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_compare_with = /** @type {((inputs?: Pl_Compare_WithInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Compare_WithInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_compare_with(inputs)
	return __en.pl_compare_with(inputs)
});
/**
* | output |
* | --- |
* | "Deal" |
*
* @param {Pl_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_deal = /** @type {((inputs?: Pl_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_deal(inputs)
	return __en.pl_deal(inputs)
});
/**
* | output |
* | --- |
* | "No open deals yet. Create one from Deals." |
*
* @param {Pl_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_empty = /** @type {((inputs?: Pl_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_empty(inputs)
	return __en.pl_empty(inputs)
});
/**
* | output |
* | --- |
* | "Everyone" |
*
* @param {Pl_EveryoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_everyone = /** @type {((inputs?: Pl_EveryoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_EveryoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_everyone(inputs)
	return __en.pl_everyone(inputs)
});
/**
* | output |
* | --- |
* | "Your rate" |
*
* @param {Pl_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_fallback = /** @type {((inputs?: Pl_FallbackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FallbackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_fallback(inputs)
	return __en.pl_fallback(inputs)
});
/**
* | output |
* | --- |
* | "Diagnosis" |
*
* @param {Pl_FlagsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flags = /** @type {((inputs?: Pl_FlagsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FlagsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_flags(inputs)
	return __en.pl_flags(inputs)
});
/**
* | output |
* | --- |
* | "Since last review" |
*
* @param {Pl_FlowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow = /** @type {((inputs?: Pl_FlowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FlowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_flow(inputs)
	return __en.pl_flow(inputs)
});
/**
* | output |
* | --- |
* | "advanced from {from}" |
*
* @param {Pl_Flow_AdvancedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_advanced = /** @type {((inputs: Pl_Flow_AdvancedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_AdvancedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_flow_advanced(inputs)
	return __en.pl_flow_advanced(inputs)
});
/**
* | output |
* | --- |
* | "new" |
*
* @param {Pl_Flow_NewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_new = /** @type {((inputs?: Pl_Flow_NewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_NewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_flow_new(inputs)
	return __en.pl_flow_new(inputs)
});
/**
* | output |
* | --- |
* | "slipped back from {from}" |
*
* @param {Pl_Flow_SlippedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_slipped = /** @type {((inputs: Pl_Flow_SlippedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_SlippedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_flow_slipped(inputs)
	return __en.pl_flow_slipped(inputs)
});
/**
* | output |
* | --- |
* | "stalled {days} days" |
*
* @param {Pl_Flow_StalledInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_stalled = /** @type {((inputs: Pl_Flow_StalledInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_StalledInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_flow_stalled(inputs)
	return __en.pl_flow_stalled(inputs)
});
/**
* | output |
* | --- |
* | "Weighted forecast" |
*
* @param {Pl_ForecastInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_forecast = /** @type {((inputs?: Pl_ForecastInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_ForecastInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_forecast(inputs)
	return __en.pl_forecast(inputs)
});
/**
* | output |
* | --- |
* | "history, {count} closed" |
*
* @param {Pl_From_HistoryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_from_history = /** @type {((inputs: Pl_From_HistoryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_From_HistoryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_from_history(inputs)
	return __en.pl_from_history(inputs)
});
/**
* | output |
* | --- |
* | "Funnel" |
*
* @param {Pl_FunnelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_funnel = /** @type {((inputs?: Pl_FunnelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FunnelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_funnel(inputs)
	return __en.pl_funnel(inputs)
});
/**
* | output |
* | --- |
* | "List" |
*
* @param {Pl_ListInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_list = /** @type {((inputs?: Pl_ListInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_ListInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_list(inputs)
	return __en.pl_list(inputs)
});
/**
* | output |
* | --- |
* | "By month" |
*
* @param {Pl_MonthInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_month = /** @type {((inputs?: Pl_MonthInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_MonthInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_month(inputs)
	return __en.pl_month(inputs)
});
/**
* | output |
* | --- |
* | "9Q" |
*
* @param {Pl_NineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_nine = /** @type {((inputs?: Pl_NineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_NineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_nine(inputs)
	return __en.pl_nine(inputs)
});
/**
* | output |
* | --- |
* | "Nine questions answered (赢单九问)" |
*
* @param {Pl_Nine_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_nine_title = /** @type {((inputs?: Pl_Nine_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Nine_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_nine_title(inputs)
	return __en.pl_nine_title(inputs)
});
/**
* | output |
* | --- |
* | "Nothing moved since that review." |
*
* @param {Pl_No_ChangesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_no_changes = /** @type {((inputs?: Pl_No_ChangesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_No_ChangesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_no_changes(inputs)
	return __en.pl_no_changes(inputs)
});
/**
* | output |
* | --- |
* | "No open deal in the funnel has a close date yet." |
*
* @param {Pl_No_ForecastInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_no_forecast = /** @type {((inputs?: Pl_No_ForecastInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_No_ForecastInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_no_forecast(inputs)
	return __en.pl_no_forecast(inputs)
});
/**
* | output |
* | --- |
* | "No review saved yet. A manager saves one at each review; the next review shows what moved." |
*
* @param {Pl_No_SnapshotInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_no_snapshot = /** @type {((inputs?: Pl_No_SnapshotInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_No_SnapshotInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_no_snapshot(inputs)
	return __en.pl_no_snapshot(inputs)
});
/**
* | output |
* | --- |
* | "Open the deal room" |
*
* @param {Pl_Open_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_open_deal = /** @type {((inputs?: Pl_Open_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Open_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_open_deal(inputs)
	return __en.pl_open_deal(inputs)
});
/**
* | output |
* | --- |
* | "above the funnel" |
*
* @param {Pl_Outside_FunnelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_outside_funnel = /** @type {((inputs?: Pl_Outside_FunnelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Outside_FunnelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_outside_funnel(inputs)
	return __en.pl_outside_funnel(inputs)
});
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Pl_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_owner = /** @type {((inputs?: Pl_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_owner(inputs)
	return __en.pl_owner(inputs)
});
/**
* | output |
* | --- |
* | "Period" |
*
* @param {Pl_PeriodInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_period = /** @type {((inputs?: Pl_PeriodInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_PeriodInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_period(inputs)
	return __en.pl_period(inputs)
});
/**
* | output |
* | --- |
* | "By quarter" |
*
* @param {Pl_QuarterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_quarter = /** @type {((inputs?: Pl_QuarterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_QuarterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_quarter(inputs)
	return __en.pl_quarter(inputs)
});
/**
* | output |
* | --- |
* | "Rates saved." |
*
* @param {Pl_Rates_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_rates_saved = /** @type {((inputs?: Pl_Rates_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Rates_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_rates_saved(inputs)
	return __en.pl_rates_saved(inputs)
});
/**
* | output |
* | --- |
* | "You can read these comments; your role on this deal does not let you comment." |
*
* @param {Pl_Read_Only_CommentsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_read_only_comments = /** @type {((inputs?: Pl_Read_Only_CommentsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Read_Only_CommentsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_read_only_comments(inputs)
	return __en.pl_read_only_comments(inputs)
});
/**
* | output |
* | --- |
* | "Since the last review" |
*
* @param {Pl_ReviewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review = /** @type {((inputs?: Pl_ReviewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_ReviewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_review(inputs)
	return __en.pl_review(inputs)
});
/**
* | output |
* | --- |
* | "Deals under review" |
*
* @param {Pl_Review_NavInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_nav = /** @type {((inputs?: Pl_Review_NavInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_NavInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_review_nav(inputs)
	return __en.pl_review_nav(inputs)
});
/**
* | output |
* | --- |
* | "Next deal" |
*
* @param {Pl_Review_NextInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_next = /** @type {((inputs?: Pl_Review_NextInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_NextInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_review_next(inputs)
	return __en.pl_review_next(inputs)
});
/**
* | output |
* | --- |
* | "Deal {n} of {total}" |
*
* @param {Pl_Review_PositionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_position = /** @type {((inputs: Pl_Review_PositionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_PositionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_review_position(inputs)
	return __en.pl_review_position(inputs)
});
/**
* | output |
* | --- |
* | "Previous deal" |
*
* @param {Pl_Review_PrevInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_prev = /** @type {((inputs?: Pl_Review_PrevInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_PrevInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_review_prev(inputs)
	return __en.pl_review_prev(inputs)
});
/**
* | output |
* | --- |
* | "Save rates" |
*
* @param {Pl_Save_RatesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_save_rates = /** @type {((inputs?: Pl_Save_RatesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Save_RatesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_save_rates(inputs)
	return __en.pl_save_rates(inputs)
});
/**
* | output |
* | --- |
* | "Save today's review" |
*
* @param {Pl_Save_SnapshotInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_save_snapshot = /** @type {((inputs?: Pl_Save_SnapshotInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Save_SnapshotInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_save_snapshot(inputs)
	return __en.pl_save_snapshot(inputs)
});
/**
* | output |
* | --- |
* | "Review of {when} ({name})" |
*
* @param {Pl_Snapshot_OfInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_snapshot_of = /** @type {((inputs: Pl_Snapshot_OfInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Snapshot_OfInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_snapshot_of(inputs)
	return __en.pl_snapshot_of(inputs)
});
/**
* | output |
* | --- |
* | "Saved. Later reviews can compare with it." |
*
* @param {Pl_Snapshot_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_snapshot_saved = /** @type {((inputs?: Pl_Snapshot_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Snapshot_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_snapshot_saved(inputs)
	return __en.pl_snapshot_saved(inputs)
});
/**
* | output |
* | --- |
* | "Source" |
*
* @param {Pl_SourceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_source = /** @type {((inputs?: Pl_SourceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_SourceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_source(inputs)
	return __en.pl_source(inputs)
});
/**
* | output |
* | --- |
* | "Stage" |
*
* @param {Pl_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_stage = /** @type {((inputs?: Pl_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_stage(inputs)
	return __en.pl_stage(inputs)
});
/**
* | output |
* | --- |
* | "{count} open deals · {amount} · weighted {weighted}" |
*
* @param {Pl_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_summary = /** @type {((inputs: Pl_SummaryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_SummaryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_summary(inputs)
	return __en.pl_summary(inputs)
});
/**
* | output |
* | --- |
* | "Temp." |
*
* @param {Pl_TemperatureInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_temperature = /** @type {((inputs?: Pl_TemperatureInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_TemperatureInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_temperature(inputs)
	return __en.pl_temperature(inputs)
});
/**
* | output |
* | --- |
* | "Comments on {title}" |
*
* @param {Pl_Threads_OfInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_threads_of = /** @type {((inputs: Pl_Threads_OfInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Threads_OfInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_threads_of(inputs)
	return __en.pl_threads_of(inputs)
});
/**
* | output |
* | --- |
* | "your rate ({count} closed)" |
*
* @param {Pl_Too_LittleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_too_little = /** @type {((inputs: Pl_Too_LittleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Too_LittleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_too_little(inputs)
	return __en.pl_too_little(inputs)
});
/**
* | output |
* | --- |
* | "View" |
*
* @param {Pl_ViewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_view = /** @type {((inputs?: Pl_ViewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_ViewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_view(inputs)
	return __en.pl_view(inputs)
});
/**
* | output |
* | --- |
* | "Weighted" |
*
* @param {Pl_WeightedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_weighted = /** @type {((inputs?: Pl_WeightedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_WeightedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_weighted(inputs)
	return __en.pl_weighted(inputs)
});
/**
* | output |
* | --- |
* | "Win rate" |
*
* @param {Pl_Win_RateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_win_rate = /** @type {((inputs?: Pl_Win_RateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Win_RateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_win_rate(inputs)
	return __en.pl_win_rate(inputs)
});
/**
* | output |
* | --- |
* | "Stage win rates" |
*
* @param {Pl_Win_RatesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_win_rates = /** @type {((inputs?: Pl_Win_RatesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Win_RatesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_win_rates(inputs)
	return __en.pl_win_rates(inputs)
});
/**
* | output |
* | --- |
* | "From your won and lost deals that reached each stage. With fewer than 5 closed deals behind a stage, your own rate is used." |
*
* @param {Pl_Win_Rates_HelpInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_win_rates_help = /** @type {((inputs?: Pl_Win_Rates_HelpInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Win_Rates_HelpInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pl_win_rates_help(inputs)
	return __en.pl_win_rates_help(inputs)
});
/**
* | output |
* | --- |
* | "Competitive position" |
*
* @param {Pos_CompetitiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_competitive = /** @type {((inputs?: Pos_CompetitiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_CompetitiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pos_competitive(inputs)
	return __en.pos_competitive(inputs)
});
/**
* | output |
* | --- |
* | "no stage checklist" |
*
* @param {Pos_No_ChecklistInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_no_checklist = /** @type {((inputs?: Pos_No_ChecklistInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_No_ChecklistInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pos_no_checklist(inputs)
	return __en.pos_no_checklist(inputs)
});
/**
* | output |
* | --- |
* | "Stage (from the checklist)" |
*
* @param {Pos_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_stage = /** @type {((inputs?: Pos_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pos_stage(inputs)
	return __en.pos_stage(inputs)
});
/**
* | output |
* | --- |
* | "Temperature" |
*
* @param {Pos_TemperatureInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_temperature = /** @type {((inputs?: Pos_TemperatureInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_TemperatureInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pos_temperature(inputs)
	return __en.pos_temperature(inputs)
});
/**
* | output |
* | --- |
* | "Urgency" |
*
* @param {Pos_UrgencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_urgency = /** @type {((inputs?: Pos_UrgencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_UrgencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.pos_urgency(inputs)
	return __en.pos_urgency(inputs)
});
/**
* | output |
* | --- |
* | "Back to the deal" |
*
* @param {Print_BackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const print_back = /** @type {((inputs?: Print_BackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Print_BackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.print_back(inputs)
	return __en.print_back(inputs)
});
/**
* | output |
* | --- |
* | "Print or save as PDF" |
*
* @param {Print_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const print_button = /** @type {((inputs?: Print_ButtonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Print_ButtonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.print_button(inputs)
	return __en.print_button(inputs)
});
/**
* | output |
* | --- |
* | "Exported {date}" |
*
* @param {Print_ExportedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const print_exported = /** @type {((inputs: Print_ExportedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Print_ExportedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.print_exported(inputs)
	return __en.print_exported(inputs)
});
/**
* | output |
* | --- |
* | "Add to the log" |
*
* @param {Profile_Add_EventInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_add_event = /** @type {((inputs?: Profile_Add_EventInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Add_EventInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_add_event(inputs)
	return __en.profile_add_event(inputs)
});
/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Profile_ContactsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_contacts = /** @type {((inputs?: Profile_ContactsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_ContactsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_contacts(inputs)
	return __en.profile_contacts(inputs)
});
/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Profile_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_deals = /** @type {((inputs?: Profile_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_deals(inputs)
	return __en.profile_deals(inputs)
});
/**
* | output |
* | --- |
* | "About" |
*
* @param {Profile_Event_ContactInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_event_contact = /** @type {((inputs?: Profile_Event_ContactInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Event_ContactInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_event_contact(inputs)
	return __en.profile_event_contact(inputs)
});
/**
* | output |
* | --- |
* | "Date" |
*
* @param {Profile_Event_DateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_event_date = /** @type {((inputs?: Profile_Event_DateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Event_DateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_event_date(inputs)
	return __en.profile_event_date(inputs)
});
/**
* | output |
* | --- |
* | "What happened" |
*
* @param {Profile_Event_TextInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_event_text = /** @type {((inputs?: Profile_Event_TextInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Event_TextInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_event_text(inputs)
	return __en.profile_event_text(inputs)
});
/**
* | output |
* | --- |
* | "Event log" |
*
* @param {Profile_LogInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_log = /** @type {((inputs?: Profile_LogInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_LogInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_log(inputs)
	return __en.profile_log(inputs)
});
/**
* | output |
* | --- |
* | "No events yet." |
*
* @param {Profile_Log_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_log_empty = /** @type {((inputs?: Profile_Log_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Log_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_log_empty(inputs)
	return __en.profile_log_empty(inputs)
});
/**
* | output |
* | --- |
* | "No support recorded yet at this account." |
*
* @param {Profile_No_SupportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_no_support = /** @type {((inputs?: Profile_No_SupportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_No_SupportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_no_support(inputs)
	return __en.profile_no_support(inputs)
});
/**
* | output |
* | --- |
* | "— nobody in particular —" |
*
* @param {Profile_NobodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_nobody = /** @type {((inputs?: Profile_NobodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_NobodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_nobody(inputs)
	return __en.profile_nobody(inputs)
});
/**
* | output |
* | --- |
* | "Support over time, across deals" |
*
* @param {Profile_SupportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_support = /** @type {((inputs?: Profile_SupportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_SupportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_support(inputs)
	return __en.profile_support(inputs)
});
/**
* | output |
* | --- |
* | "{name}: support {from} → {to} ({deal})" |
*
* @param {Profile_Support_ChangeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_support_change = /** @type {((inputs: Profile_Support_ChangeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Support_ChangeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_support_change(inputs)
	return __en.profile_support_change(inputs)
});
/**
* | output |
* | --- |
* | "Account profile" |
*
* @param {Profile_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_title = /** @type {((inputs?: Profile_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.profile_title(inputs)
	return __en.profile_title(inputs)
});
/**
* | output |
* | --- |
* | "You can read and comment on this deal room, not edit it." |
*
* @param {Read_Only_CommenterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const read_only_commenter = /** @type {((inputs?: Read_Only_CommenterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Read_Only_CommenterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.read_only_commenter(inputs)
	return __en.read_only_commenter(inputs)
});
/**
* | output |
* | --- |
* | "This deal is closed ({status}): its deal room is kept read-only." |
*
* @param {Read_Only_FrozenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const read_only_frozen = /** @type {((inputs: Read_Only_FrozenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Read_Only_FrozenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.read_only_frozen(inputs)
	return __en.read_only_frozen(inputs)
});
/**
* | output |
* | --- |
* | "You can read this deal room, not edit it." |
*
* @param {Read_Only_ViewerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const read_only_viewer = /** @type {((inputs?: Read_Only_ViewerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Read_Only_ViewerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.read_only_viewer(inputs)
	return __en.read_only_viewer(inputs)
});
/**
* | output |
* | --- |
* | "Reopen" |
*
* @param {Reopen_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reopen_deal = /** @type {((inputs?: Reopen_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reopen_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.reopen_deal(inputs)
	return __en.reopen_deal(inputs)
});
/**
* | output |
* | --- |
* | "Add a resource" |
*
* @param {Res_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_add = /** @type {((inputs?: Res_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_add(inputs)
	return __en.res_add(inputs)
});
/**
* | output |
* | --- |
* | "No resources planned yet. Who could help win this deal: an expert, our executive, a partner, a reference customer?" |
*
* @param {Res_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_empty = /** @type {((inputs?: Res_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_empty(inputs)
	return __en.res_empty(inputs)
});
/**
* | output |
* | --- |
* | "For whom" |
*
* @param {Res_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_for = /** @type {((inputs?: Res_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_for(inputs)
	return __en.res_for(inputs)
});
/**
* | output |
* | --- |
* | "From the workspace’s list" |
*
* @param {Res_From_WorkspaceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_from_workspace = /** @type {((inputs?: Res_From_WorkspaceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_From_WorkspaceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_from_workspace(inputs)
	return __en.res_from_workspace(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Res_KindInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_kind = /** @type {((inputs?: Res_KindInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_KindInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_kind(inputs)
	return __en.res_kind(inputs)
});
/**
* | output |
* | --- |
* | "Remove resource" |
*
* @param {Res_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_remove = /** @type {((inputs?: Res_RemoveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_RemoveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_remove(inputs)
	return __en.res_remove(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Res_StatusInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_status = /** @type {((inputs?: Res_StatusInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_StatusInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_status(inputs)
	return __en.res_status(inputs)
});
/**
* | output |
* | --- |
* | "Their own win" |
*
* @param {Res_Their_WinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_their_win = /** @type {((inputs?: Res_Their_WinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_Their_WinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_their_win(inputs)
	return __en.res_their_win(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Res_WhenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_when = /** @type {((inputs?: Res_WhenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_WhenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_when(inputs)
	return __en.res_when(inputs)
});
/**
* | output |
* | --- |
* | "Who or what" |
*
* @param {Res_WhoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_who = /** @type {((inputs?: Res_WhoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_WhoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.res_who(inputs)
	return __en.res_who(inputs)
});
/**
* | output |
* | --- |
* | "For {email}. Every device signed in to this account will be signed out." |
*
* @param {Reset_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reset_for = /** @type {((inputs: Reset_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reset_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.reset_for(inputs)
	return __en.reset_for(inputs)
});
/**
* | output |
* | --- |
* | "This reset link has expired or has already been used. Ask for a new one." |
*
* @param {Reset_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reset_gone = /** @type {((inputs?: Reset_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reset_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.reset_gone(inputs)
	return __en.reset_gone(inputs)
});
/**
* | output |
* | --- |
* | "Set password and sign in" |
*
* @param {Reset_SubmitInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reset_submit = /** @type {((inputs?: Reset_SubmitInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reset_SubmitInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.reset_submit(inputs)
	return __en.reset_submit(inputs)
});
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Reset_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reset_title = /** @type {((inputs?: Reset_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reset_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.reset_title(inputs)
	return __en.reset_title(inputs)
});
/**
* | output |
* | --- |
* | "Role" |
*
* @param {RoleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const role = /** @type {((inputs?: RoleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<RoleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.role(inputs)
	return __en.role(inputs)
});
/**
* | output |
* | --- |
* | "Commenter" |
*
* @param {Role_CommenterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const role_commenter = /** @type {((inputs?: Role_CommenterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_CommenterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.role_commenter(inputs)
	return __en.role_commenter(inputs)
});
/**
* | output |
* | --- |
* | "Editor" |
*
* @param {Role_EditorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const role_editor = /** @type {((inputs?: Role_EditorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_EditorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.role_editor(inputs)
	return __en.role_editor(inputs)
});
/**
* | output |
* | --- |
* | "Viewer" |
*
* @param {Role_ViewerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const role_viewer = /** @type {((inputs?: Role_ViewerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_ViewerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.role_viewer(inputs)
	return __en.role_viewer(inputs)
});
/**
* | output |
* | --- |
* | "Add person" |
*
* @param {Rt_Add_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_add_row = /** @type {((inputs?: Rt_Add_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Add_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_add_row(inputs)
	return __en.rt_add_row(inputs)
});
/**
* | output |
* | --- |
* | "—" |
*
* @param {Rt_BlankInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_blank = /** @type {((inputs?: Rt_BlankInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_BlankInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_blank(inputs)
	return __en.rt_blank(inputs)
});
/**
* | output |
* | --- |
* | "Save as contact" |
*
* @param {Rt_Contact_CreateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_contact_create = /** @type {((inputs?: Rt_Contact_CreateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Contact_CreateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_contact_create(inputs)
	return __en.rt_contact_create(inputs)
});
/**
* | output |
* | --- |
* | "Linked to the account's contact" |
*
* @param {Rt_Contact_LinkedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_contact_linked = /** @type {((inputs?: Rt_Contact_LinkedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Contact_LinkedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_contact_linked(inputs)
	return __en.rt_contact_linked(inputs)
});
/**
* | output |
* | --- |
* | "New contact: {name}" |
*
* @param {Rt_Contact_NewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_contact_new = /** @type {((inputs: Rt_Contact_NewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Contact_NewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_contact_new(inputs)
	return __en.rt_contact_new(inputs)
});
/**
* | output |
* | --- |
* | "Details" |
*
* @param {Rt_DetailsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_details = /** @type {((inputs?: Rt_DetailsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_DetailsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_details(inputs)
	return __en.rt_details(inputs)
});
/**
* | output |
* | --- |
* | "Due" |
*
* @param {Rt_DueInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_due = /** @type {((inputs?: Rt_DueInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_DueInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_due(inputs)
	return __en.rt_due(inputs)
});
/**
* | output |
* | --- |
* | "Nobody mapped yet. Add the people on the buying side." |
*
* @param {Rt_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_empty = /** @type {((inputs?: Rt_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_empty(inputs)
	return __en.rt_empty(inputs)
});
/**
* | output |
* | --- |
* | "Influence" |
*
* @param {Rt_InfluenceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_influence = /** @type {((inputs?: Rt_InfluenceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_InfluenceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_influence(inputs)
	return __en.rt_influence(inputs)
});
/**
* | output |
* | --- |
* | "Response mode" |
*
* @param {Rt_ModeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_mode = /** @type {((inputs?: Rt_ModeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_ModeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_mode(inputs)
	return __en.rt_mode(inputs)
});
/**
* | output |
* | --- |
* | "Move down" |
*
* @param {Rt_Move_DownInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_move_down = /** @type {((inputs?: Rt_Move_DownInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Move_DownInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_move_down(inputs)
	return __en.rt_move_down(inputs)
});
/**
* | output |
* | --- |
* | "Move up" |
*
* @param {Rt_Move_UpInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_move_up = /** @type {((inputs?: Rt_Move_UpInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Move_UpInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_move_up(inputs)
	return __en.rt_move_up(inputs)
});
/**
* | output |
* | --- |
* | "Next action" |
*
* @param {Rt_Next_ActionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_next_action = /** @type {((inputs?: Rt_Next_ActionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Next_ActionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_next_action(inputs)
	return __en.rt_next_action(inputs)
});
/**
* | output |
* | --- |
* | "Organisational result" |
*
* @param {Rt_Org_ResultInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_org_result = /** @type {((inputs?: Rt_Org_ResultInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Org_ResultInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_org_result(inputs)
	return __en.rt_org_result(inputs)
});
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Rt_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_owner = /** @type {((inputs?: Rt_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_owner(inputs)
	return __en.rt_owner(inputs)
});
/**
* | output |
* | --- |
* | "Pains & concerns" |
*
* @param {Rt_PainsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_pains = /** @type {((inputs?: Rt_PainsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_PainsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_pains(inputs)
	return __en.rt_pains(inputs)
});
/**
* | output |
* | --- |
* | "Person" |
*
* @param {Rt_PersonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_person = /** @type {((inputs?: Rt_PersonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_PersonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_person(inputs)
	return __en.rt_person(inputs)
});
/**
* | output |
* | --- |
* | "Personal win" |
*
* @param {Rt_Personal_WinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_personal_win = /** @type {((inputs?: Rt_Personal_WinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Personal_WinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_personal_win(inputs)
	return __en.rt_personal_win(inputs)
});
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Rt_Remove_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_remove_row = /** @type {((inputs?: Rt_Remove_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Remove_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_remove_row(inputs)
	return __en.rt_remove_row(inputs)
});
/**
* | output |
* | --- |
* | "Buying role" |
*
* @param {Rt_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_role = /** @type {((inputs?: Rt_RoleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_RoleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_role(inputs)
	return __en.rt_role(inputs)
});
/**
* | output |
* | --- |
* | "Support" |
*
* @param {Rt_SupportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_support = /** @type {((inputs?: Rt_SupportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_SupportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_support(inputs)
	return __en.rt_support(inputs)
});
/**
* | output |
* | --- |
* | "Title" |
*
* @param {Rt_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_title = /** @type {((inputs?: Rt_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_title(inputs)
	return __en.rt_title(inputs)
});
/**
* | output |
* | --- |
* | "Why they stand there" |
*
* @param {Rt_WhyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_why = /** @type {((inputs?: Rt_WhyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_WhyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.rt_why(inputs)
	return __en.rt_why(inputs)
});
/**
* | output |
* | --- |
* | "Save" |
*
* @param {SaveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save = /** @type {((inputs?: SaveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<SaveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.save(inputs)
	return __en.save(inputs)
});
/**
* | output |
* | --- |
* | "All changes saved" |
*
* @param {Save_All_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_all_saved = /** @type {((inputs?: Save_All_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_All_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.save_all_saved(inputs)
	return __en.save_all_saved(inputs)
});
/**
* | output |
* | --- |
* | "{count} changes on this device, not yet saved" |
*
* @param {Save_On_DeviceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_on_device = /** @type {((inputs: Save_On_DeviceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_On_DeviceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.save_on_device(inputs)
	return __en.save_on_device(inputs)
});
/**
* | output |
* | --- |
* | "Saved" |
*
* @param {Save_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_saved = /** @type {((inputs?: Save_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.save_saved(inputs)
	return __en.save_saved(inputs)
});
/**
* | output |
* | --- |
* | "Saving…" |
*
* @param {Save_SavingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_saving = /** @type {((inputs?: Save_SavingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_SavingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.save_saving(inputs)
	return __en.save_saving(inputs)
});
/**
* | output |
* | --- |
* | "Not yet confirmed by the server" |
*
* @param {Save_UnconfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_unconfirmed = /** @type {((inputs?: Save_UnconfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_UnconfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.save_unconfirmed(inputs)
	return __en.save_unconfirmed(inputs)
});
/**
* | output |
* | --- |
* | "Mistakes to avoid" |
*
* @param {Sc_AvoidInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_avoid = /** @type {((inputs?: Sc_AvoidInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_AvoidInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_avoid(inputs)
	return __en.sc_avoid(inputs)
});
/**
* | output |
* | --- |
* | "How the customer buys" |
*
* @param {Sc_Buyer_TrackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_buyer_track = /** @type {((inputs?: Sc_Buyer_TrackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Buyer_TrackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_buyer_track(inputs)
	return __en.sc_buyer_track(inputs)
});
/**
* | output |
* | --- |
* | "The buyer cares about" |
*
* @param {Sc_CaresInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_cares = /** @type {((inputs?: Sc_CaresInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_CaresInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_cares(inputs)
	return __en.sc_cares(inputs)
});
/**
* | output |
* | --- |
* | "Current stage" |
*
* @param {Sc_CurrentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_current = /** @type {((inputs?: Sc_CurrentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_CurrentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_current(inputs)
	return __en.sc_current(inputs)
});
/**
* | output |
* | --- |
* | "Customer confirmed" |
*
* @param {Sc_Customer_ConfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_customer_confirmed = /** @type {((inputs?: Sc_Customer_ConfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Customer_ConfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_customer_confirmed(inputs)
	return __en.sc_customer_confirmed(inputs)
});
/**
* | output |
* | --- |
* | "Counts only once the customer confirms" |
*
* @param {Sc_Needs_ConfirmationInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_needs_confirmation = /** @type {((inputs?: Sc_Needs_ConfirmationInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Needs_ConfirmationInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_needs_confirmation(inputs)
	return __en.sc_needs_confirmation(inputs)
});
/**
* | output |
* | --- |
* | "optional" |
*
* @param {Sc_OptionalInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_optional = /** @type {((inputs?: Sc_OptionalInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_OptionalInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_optional(inputs)
	return __en.sc_optional(inputs)
});
/**
* | output |
* | --- |
* | "Pseudo-opportunity: missing {missing}." |
*
* @param {Sc_PseudoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_pseudo = /** @type {((inputs: Sc_PseudoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_PseudoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_pseudo(inputs)
	return __en.sc_pseudo(inputs)
});
/**
* | output |
* | --- |
* | "Is the opportunity real?" |
*
* @param {Sc_QualificationInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_qualification = /** @type {((inputs?: Sc_QualificationInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_QualificationInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_qualification(inputs)
	return __en.sc_qualification(inputs)
});
/**
* | output |
* | --- |
* | "A real opportunity: need, budget and key person are all there." |
*
* @param {Sc_RealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_real = /** @type {((inputs?: Sc_RealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_RealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_real(inputs)
	return __en.sc_real(inputs)
});
/**
* | output |
* | --- |
* | "How we sell" |
*
* @param {Sc_Sales_TrackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_sales_track = /** @type {((inputs?: Sc_Sales_TrackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Sales_TrackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_sales_track(inputs)
	return __en.sc_sales_track(inputs)
});
/**
* | output |
* | --- |
* | "{name}, {date}" |
*
* @param {Sc_Ticked_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_ticked_by = /** @type {((inputs: Sc_Ticked_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Ticked_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_ticked_by(inputs)
	return __en.sc_ticked_by(inputs)
});
/**
* | output |
* | --- |
* | "What to do" |
*
* @param {Sc_TodoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_todo = /** @type {((inputs?: Sc_TodoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_TodoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sc_todo(inputs)
	return __en.sc_todo(inputs)
});
/**
* | output |
* | --- |
* | "All results" |
*
* @param {Search_All_ResultsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_all_results = /** @type {((inputs?: Search_All_ResultsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_All_ResultsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_all_results(inputs)
	return __en.search_all_results(inputs)
});
/**
* | output |
* | --- |
* | "Nothing found for “{q}”." |
*
* @param {Search_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_empty = /** @type {((inputs: Search_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_empty(inputs)
	return __en.search_empty(inputs)
});
/**
* | output |
* | --- |
* | "Search is not available right now. Check the connection and try again." |
*
* @param {Search_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_failed = /** @type {((inputs?: Search_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_failed(inputs)
	return __en.search_failed(inputs)
});
/**
* | output |
* | --- |
* | "Type a name, a company, a word from the notes: 方总, 人才库, talent pool." |
*
* @param {Search_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_hint = /** @type {((inputs?: Search_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_hint(inputs)
	return __en.search_hint(inputs)
});
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Search_Kind_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_account = /** @type {((inputs?: Search_Kind_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_account(inputs)
	return __en.search_kind_account(inputs)
});
/**
* | output |
* | --- |
* | "Stage checklist" |
*
* @param {Search_Kind_ChecklistInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_checklist = /** @type {((inputs?: Search_Kind_ChecklistInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_ChecklistInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_checklist(inputs)
	return __en.search_kind_checklist(inputs)
});
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Search_Kind_CommentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_comment = /** @type {((inputs?: Search_Kind_CommentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_CommentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_comment(inputs)
	return __en.search_kind_comment(inputs)
});
/**
* | output |
* | --- |
* | "Competition" |
*
* @param {Search_Kind_CompetitionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_competition = /** @type {((inputs?: Search_Kind_CompetitionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_CompetitionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_competition(inputs)
	return __en.search_kind_competition(inputs)
});
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Search_Kind_ContactInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_contact = /** @type {((inputs?: Search_Kind_ContactInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_ContactInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_contact(inputs)
	return __en.search_kind_contact(inputs)
});
/**
* | output |
* | --- |
* | "Deal" |
*
* @param {Search_Kind_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_deal = /** @type {((inputs?: Search_Kind_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_deal(inputs)
	return __en.search_kind_deal(inputs)
});
/**
* | output |
* | --- |
* | "Notes" |
*
* @param {Search_Kind_NotesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_notes = /** @type {((inputs?: Search_Kind_NotesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_NotesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_notes(inputs)
	return __en.search_kind_notes(inputs)
});
/**
* | output |
* | --- |
* | "Role table · {name}" |
*
* @param {Search_Kind_PersonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_person = /** @type {((inputs: Search_Kind_PersonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_PersonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_person(inputs)
	return __en.search_kind_person(inputs)
});
/**
* | output |
* | --- |
* | "Pull-back plan" |
*
* @param {Search_Kind_Pullback1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const search_kind_pullback1 = /** @type {((inputs?: Search_Kind_Pullback1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_Pullback1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_pullback1(inputs)
	return __en.search_kind_pullback1(inputs)
});
export { search_kind_pullback1 as "search_kind_pullBack" }
/**
* | output |
* | --- |
* | "Resources plan" |
*
* @param {Search_Kind_ResourcesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_resources = /** @type {((inputs?: Search_Kind_ResourcesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_ResourcesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_kind_resources(inputs)
	return __en.search_kind_resources(inputs)
});
/**
* | output |
* | --- |
* | "Offline: results from the deals kept on this device." |
*
* @param {Search_LocalInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_local = /** @type {((inputs?: Search_LocalInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_LocalInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_local(inputs)
	return __en.search_local(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_NavInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_nav = /** @type {((inputs?: Search_NavInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_NavInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_nav(inputs)
	return __en.search_nav(inputs)
});
/**
* | output |
* | --- |
* | "Search everything (Ctrl+K)" |
*
* @param {Search_Palette_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_palette_label = /** @type {((inputs?: Search_Palette_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Palette_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_palette_label(inputs)
	return __en.search_palette_label(inputs)
});
/**
* | output |
* | --- |
* | "Search deals, people, notes, comments…" |
*
* @param {Search_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_placeholder = /** @type {((inputs?: Search_PlaceholderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_PlaceholderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_placeholder(inputs)
	return __en.search_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_title = /** @type {((inputs?: Search_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.search_title(inputs)
	return __en.search_title(inputs)
});
/**
* | output |
* | --- |
* | "Only a workspace owner or manager can change settings." |
*
* @param {Settings_Only_ManagersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_only_managers = /** @type {((inputs?: Settings_Only_ManagersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Only_ManagersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.settings_only_managers(inputs)
	return __en.settings_only_managers(inputs)
});
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Settings_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_saved = /** @type {((inputs?: Settings_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.settings_saved(inputs)
	return __en.settings_saved(inputs)
});
/**
* | output |
* | --- |
* | "Support scale for new role tables" |
*
* @param {Settings_ScaleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale = /** @type {((inputs?: Settings_ScaleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ScaleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.settings_scale(inputs)
	return __en.settings_scale(inputs)
});
/**
* | output |
* | --- |
* | "11-point, detailed: −5 firmly against us … +5 champions us" |
*
* @param {Settings_Scale_ElevenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale_eleven = /** @type {((inputs?: Settings_Scale_ElevenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Scale_ElevenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.settings_scale_eleven(inputs)
	return __en.settings_scale_eleven(inputs)
});
/**
* | output |
* | --- |
* | "5-point: −2 strongly opposed … +2 strong support" |
*
* @param {Settings_Scale_FiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale_five = /** @type {((inputs?: Settings_Scale_FiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Scale_FiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.settings_scale_five(inputs)
	return __en.settings_scale_five(inputs)
});
/**
* | output |
* | --- |
* | "Existing role tables keep the scale they were made with." |
*
* @param {Settings_Scale_NoteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale_note = /** @type {((inputs?: Settings_Scale_NoteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Scale_NoteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.settings_scale_note(inputs)
	return __en.settings_scale_note(inputs)
});
/**
* | output |
* | --- |
* | "Workspace settings" |
*
* @param {Settings_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_title = /** @type {((inputs?: Settings_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.settings_title(inputs)
	return __en.settings_title(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Sign_InInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_in = /** @type {((inputs?: Sign_InInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_InInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sign_in(inputs)
	return __en.sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Sign_OutInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out = /** @type {((inputs?: Sign_OutInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_OutInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sign_out(inputs)
	return __en.sign_out(inputs)
});
/**
* | output |
* | --- |
* | "Sign out anyway" |
*
* @param {Sign_Out_AnywayInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_anyway = /** @type {((inputs?: Sign_Out_AnywayInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_AnywayInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sign_out_anyway(inputs)
	return __en.sign_out_anyway(inputs)
});
/**
* | output |
* | --- |
* | "Signing out needs a connection, so that nothing on this device is lost." |
*
* @param {Sign_Out_OfflineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_offline = /** @type {((inputs?: Sign_Out_OfflineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_OfflineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sign_out_offline(inputs)
	return __en.sign_out_offline(inputs)
});
/**
* | output |
* | --- |
* | "{count} changes on this device have not reached the server yet. Signing out deletes this device's copies of your deals, and those changes with them." |
*
* @param {Sign_Out_WarningInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_warning = /** @type {((inputs: Sign_Out_WarningInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_WarningInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sign_out_warning(inputs)
	return __en.sign_out_warning(inputs)
});
/**
* | output |
* | --- |
* | "Sign out with unsaved changes?" |
*
* @param {Sign_Out_Warning_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_warning_title = /** @type {((inputs?: Sign_Out_Warning_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_Warning_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sign_out_warning_title(inputs)
	return __en.sign_out_warning_title(inputs)
});
/**
* | output |
* | --- |
* | "Create an account" |
*
* @param {Sign_UpInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_up = /** @type {((inputs?: Sign_UpInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_UpInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sign_up(inputs)
	return __en.sign_up(inputs)
});
/**
* | output |
* | --- |
* | "Create my account" |
*
* @param {Signup_Confirm_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_confirm_button = /** @type {((inputs?: Signup_Confirm_ButtonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_Confirm_ButtonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.signup_confirm_button(inputs)
	return __en.signup_confirm_button(inputs)
});
/**
* | output |
* | --- |
* | "Create the account {email} for {name}?" |
*
* @param {Signup_Confirm_LeadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_confirm_lead = /** @type {((inputs: Signup_Confirm_LeadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_Confirm_LeadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.signup_confirm_lead(inputs)
	return __en.signup_confirm_lead(inputs)
});
/**
* | output |
* | --- |
* | "Finish creating your account" |
*
* @param {Signup_Confirm_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_confirm_title = /** @type {((inputs?: Signup_Confirm_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_Confirm_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.signup_confirm_title(inputs)
	return __en.signup_confirm_title(inputs)
});
/**
* | output |
* | --- |
* | "This sign-up link has expired or has already been used. Sign up again, or sign in if the account exists." |
*
* @param {Signup_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_gone = /** @type {((inputs?: Signup_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.signup_gone(inputs)
	return __en.signup_gone(inputs)
});
/**
* | output |
* | --- |
* | "We have sent a message to {email}. Open the link in it to finish creating your account (it works once, for 24 hours). If the address already has an account, ..." |
*
* @param {Signup_SentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_sent = /** @type {((inputs: Signup_SentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_SentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.signup_sent(inputs)
	return __en.signup_sent(inputs)
});
/**
* | output |
* | --- |
* | "No block matches" |
*
* @param {Slash_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const slash_empty = /** @type {((inputs?: Slash_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Slash_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.slash_empty(inputs)
	return __en.slash_empty(inputs)
});
/**
* | output |
* | --- |
* | "Type / for blocks" |
*
* @param {Slash_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const slash_hint = /** @type {((inputs?: Slash_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Slash_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.slash_hint(inputs)
	return __en.slash_hint(inputs)
});
/**
* | output |
* | --- |
* | "Live" |
*
* @param {Status_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_connected = /** @type {((inputs?: Status_ConnectedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_ConnectedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.status_connected(inputs)
	return __en.status_connected(inputs)
});
/**
* | output |
* | --- |
* | "Connecting…" |
*
* @param {Status_ConnectingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_connecting = /** @type {((inputs?: Status_ConnectingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_ConnectingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.status_connecting(inputs)
	return __en.status_connecting(inputs)
});
/**
* | output |
* | --- |
* | "Lost" |
*
* @param {Status_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_lost = /** @type {((inputs?: Status_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.status_lost(inputs)
	return __en.status_lost(inputs)
});
/**
* | output |
* | --- |
* | "Offline" |
*
* @param {Status_OfflineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_offline = /** @type {((inputs?: Status_OfflineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_OfflineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.status_offline(inputs)
	return __en.status_offline(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Status_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_open = /** @type {((inputs?: Status_OpenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_OpenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.status_open(inputs)
	return __en.status_open(inputs)
});
/**
* | output |
* | --- |
* | "Won" |
*
* @param {Status_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_won = /** @type {((inputs?: Status_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.status_won(inputs)
	return __en.status_won(inputs)
});
/**
* | output |
* | --- |
* | "Stay signed in" |
*
* @param {Stay_Signed_InInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const stay_signed_in = /** @type {((inputs?: Stay_Signed_InInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stay_Signed_InInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.stay_signed_in(inputs)
	return __en.stay_signed_in(inputs)
});
/**
* | output |
* | --- |
* | "Your session ended. Sign in again; your changes on this page are kept until then." |
*
* @param {Sync_Closed_AuthInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_closed_auth = /** @type {((inputs?: Sync_Closed_AuthInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Closed_AuthInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sync_closed_auth(inputs)
	return __en.sync_closed_auth(inputs)
});
/**
* | output |
* | --- |
* | "The connection was closed: {reason}" |
*
* @param {Sync_Closed_ErrorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_closed_error = /** @type {((inputs: Sync_Closed_ErrorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Closed_ErrorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sync_closed_error(inputs)
	return __en.sync_closed_error(inputs)
});
/**
* | output |
* | --- |
* | "You no longer have access to this deal." |
*
* @param {Sync_Closed_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_closed_forbidden = /** @type {((inputs?: Sync_Closed_ForbiddenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Closed_ForbiddenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sync_closed_forbidden(inputs)
	return __en.sync_closed_forbidden(inputs)
});
/**
* | output |
* | --- |
* | "The server refused your changes: you can no longer edit this deal. Your copy on this device is kept; copy it out below." |
*
* @param {Sync_DeniedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_denied = /** @type {((inputs?: Sync_DeniedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_DeniedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sync_denied(inputs)
	return __en.sync_denied(inputs)
});
/**
* | output |
* | --- |
* | "Too many changes at once: the server paused this connection for a moment. Reconnecting by itself; your changes stay on this device until they are saved." |
*
* @param {Sync_Paused_RateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_paused_rate = /** @type {((inputs?: Sync_Paused_RateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Paused_RateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sync_paused_rate(inputs)
	return __en.sync_paused_rate(inputs)
});
/**
* | output |
* | --- |
* | "The server had a problem with this deal. Reconnecting by itself; your changes stay on this device until they are saved." |
*
* @param {Sync_Paused_ServerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_paused_server = /** @type {((inputs?: Sync_Paused_ServerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Paused_ServerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.sync_paused_server(inputs)
	return __en.sync_paused_server(inputs)
});
/**
* | output |
* | --- |
* | "Bold" |
*
* @param {Tb_BoldInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_bold = /** @type {((inputs?: Tb_BoldInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_BoldInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_bold(inputs)
	return __en.tb_bold(inputs)
});
/**
* | output |
* | --- |
* | "Bullet list" |
*
* @param {Tb_BulletsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_bullets = /** @type {((inputs?: Tb_BulletsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_BulletsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_bullets(inputs)
	return __en.tb_bullets(inputs)
});
/**
* | output |
* | --- |
* | "Code" |
*
* @param {Tb_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_code = /** @type {((inputs?: Tb_CodeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_CodeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_code(inputs)
	return __en.tb_code(inputs)
});
/**
* | output |
* | --- |
* | "Code block" |
*
* @param {Tb_Code_BlockInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_code_block = /** @type {((inputs?: Tb_Code_BlockInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_Code_BlockInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_code_block(inputs)
	return __en.tb_code_block(inputs)
});
/**
* | output |
* | --- |
* | "Heading 1" |
*
* @param {Tb_H1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_h1 = /** @type {((inputs?: Tb_H1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_H1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_h1(inputs)
	return __en.tb_h1(inputs)
});
/**
* | output |
* | --- |
* | "Heading 2" |
*
* @param {Tb_H2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_h2 = /** @type {((inputs?: Tb_H2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_H2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_h2(inputs)
	return __en.tb_h2(inputs)
});
/**
* | output |
* | --- |
* | "Heading 3" |
*
* @param {Tb_H3Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_h3 = /** @type {((inputs?: Tb_H3Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_H3Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_h3(inputs)
	return __en.tb_h3(inputs)
});
/**
* | output |
* | --- |
* | "Italic" |
*
* @param {Tb_ItalicInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_italic = /** @type {((inputs?: Tb_ItalicInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_ItalicInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_italic(inputs)
	return __en.tb_italic(inputs)
});
/**
* | output |
* | --- |
* | "Link" |
*
* @param {Tb_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_link = /** @type {((inputs?: Tb_LinkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_LinkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_link(inputs)
	return __en.tb_link(inputs)
});
/**
* | output |
* | --- |
* | "Link address (https://, http:// or mailto:)" |
*
* @param {Tb_Link_PromptInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_link_prompt = /** @type {((inputs?: Tb_Link_PromptInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_Link_PromptInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_link_prompt(inputs)
	return __en.tb_link_prompt(inputs)
});
/**
* | output |
* | --- |
* | "Only https://, http:// and mailto: links are allowed." |
*
* @param {Tb_Link_RefusedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_link_refused = /** @type {((inputs?: Tb_Link_RefusedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_Link_RefusedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_link_refused(inputs)
	return __en.tb_link_refused(inputs)
});
/**
* | output |
* | --- |
* | "Numbered list" |
*
* @param {Tb_NumbersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_numbers = /** @type {((inputs?: Tb_NumbersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_NumbersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_numbers(inputs)
	return __en.tb_numbers(inputs)
});
/**
* | output |
* | --- |
* | "Quote" |
*
* @param {Tb_QuoteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_quote = /** @type {((inputs?: Tb_QuoteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_QuoteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_quote(inputs)
	return __en.tb_quote(inputs)
});
/**
* | output |
* | --- |
* | "Redo" |
*
* @param {Tb_RedoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_redo = /** @type {((inputs?: Tb_RedoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_RedoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_redo(inputs)
	return __en.tb_redo(inputs)
});
/**
* | output |
* | --- |
* | "Divider" |
*
* @param {Tb_RuleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_rule = /** @type {((inputs?: Tb_RuleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_RuleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_rule(inputs)
	return __en.tb_rule(inputs)
});
/**
* | output |
* | --- |
* | "Strikethrough" |
*
* @param {Tb_StrikeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_strike = /** @type {((inputs?: Tb_StrikeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_StrikeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_strike(inputs)
	return __en.tb_strike(inputs)
});
/**
* | output |
* | --- |
* | "Table" |
*
* @param {Tb_TableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_table = /** @type {((inputs?: Tb_TableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_TableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_table(inputs)
	return __en.tb_table(inputs)
});
/**
* | output |
* | --- |
* | "Task list" |
*
* @param {Tb_TasksInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_tasks = /** @type {((inputs?: Tb_TasksInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_TasksInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_tasks(inputs)
	return __en.tb_tasks(inputs)
});
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Tb_UndoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_undo = /** @type {((inputs?: Tb_UndoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_UndoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.tb_undo(inputs)
	return __en.tb_undo(inputs)
});
/**
* | output |
* | --- |
* | "Actions" |
*
* @param {Team_ActionsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_actions = /** @type {((inputs?: Team_ActionsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_ActionsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_actions(inputs)
	return __en.team_actions(inputs)
});
/**
* | output |
* | --- |
* | "Copied" |
*
* @param {Team_CopiedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_copied = /** @type {((inputs?: Team_CopiedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_CopiedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_copied(inputs)
	return __en.team_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy" |
*
* @param {Team_CopyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_copy = /** @type {((inputs?: Team_CopyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_CopyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_copy(inputs)
	return __en.team_copy(inputs)
});
/**
* | output |
* | --- |
* | "This address already has an open invitation. Revoke it first to send a new one." |
*
* @param {Team_Error_Already_InvitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_already_invited = /** @type {((inputs?: Team_Error_Already_InvitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Already_InvitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_already_invited(inputs)
	return __en.team_error_already_invited(inputs)
});
/**
* | output |
* | --- |
* | "That person is already a member of this workspace." |
*
* @param {Team_Error_Already_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_already_member = /** @type {((inputs?: Team_Error_Already_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Already_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_already_member(inputs)
	return __en.team_error_already_member(inputs)
});
/**
* | output |
* | --- |
* | "Your role in this workspace does not allow that. Ask an owner." |
*
* @param {Team_Error_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_forbidden = /** @type {((inputs?: Team_Error_ForbiddenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_ForbiddenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_forbidden(inputs)
	return __en.team_error_forbidden(inputs)
});
/**
* | output |
* | --- |
* | "Something in the form is not valid. Check it and try again." |
*
* @param {Team_Error_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_invalid = /** @type {((inputs?: Team_Error_InvalidInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_InvalidInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_invalid(inputs)
	return __en.team_error_invalid(inputs)
});
/**
* | output |
* | --- |
* | "A workspace always needs an owner: make someone else owner first." |
*
* @param {Team_Error_Last_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_last_owner = /** @type {((inputs?: Team_Error_Last_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Last_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_last_owner(inputs)
	return __en.team_error_last_owner(inputs)
});
/**
* | output |
* | --- |
* | "This link has expired, been used or been revoked. Ask the person who sent it for a new one." |
*
* @param {Team_Error_Link_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_link_gone = /** @type {((inputs?: Team_Error_Link_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Link_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_link_gone(inputs)
	return __en.team_error_link_gone(inputs)
});
/**
* | output |
* | --- |
* | "That person is not (or no longer) a member of this workspace. Reload the page." |
*
* @param {Team_Error_Not_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_not_member = /** @type {((inputs?: Team_Error_Not_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Not_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_not_member(inputs)
	return __en.team_error_not_member(inputs)
});
/**
* | output |
* | --- |
* | "This invitation was sent to another email address. Sign in with that address, or ask for a new invitation." |
*
* @param {Team_Error_Wrong_EmailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_wrong_email = /** @type {((inputs?: Team_Error_Wrong_EmailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Wrong_EmailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_error_wrong_email(inputs)
	return __en.team_error_wrong_email(inputs)
});
/**
* | output |
* | --- |
* | "Expires" |
*
* @param {Team_ExpiresInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_expires = /** @type {((inputs?: Team_ExpiresInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_ExpiresInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_expires(inputs)
	return __en.team_expires(inputs)
});
/**
* | output |
* | --- |
* | "Invite" |
*
* @param {Team_InviteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite = /** @type {((inputs?: Team_InviteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_InviteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_invite(inputs)
	return __en.team_invite(inputs)
});
/**
* | output |
* | --- |
* | "This server sends no mail: copy the invitation link and send it yourself." |
*
* @param {Team_Invite_Mail_OffInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite_mail_off = /** @type {((inputs?: Team_Invite_Mail_OffInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_Mail_OffInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_invite_mail_off(inputs)
	return __en.team_invite_mail_off(inputs)
});
/**
* | output |
* | --- |
* | "We mail the invitation; you also get its link to share yourself." |
*
* @param {Team_Invite_Mail_OnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite_mail_on = /** @type {((inputs?: Team_Invite_Mail_OnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_Mail_OnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_invite_mail_on(inputs)
	return __en.team_invite_mail_on(inputs)
});
/**
* | output |
* | --- |
* | "Invite a colleague" |
*
* @param {Team_Invite_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite_title = /** @type {((inputs?: Team_Invite_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_invite_title(inputs)
	return __en.team_invite_title(inputs)
});
/**
* | output |
* | --- |
* | "Invitation for {email} created." |
*
* @param {Team_InvitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invited = /** @type {((inputs: Team_InvitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_InvitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_invited(inputs)
	return __en.team_invited(inputs)
});
/**
* | output |
* | --- |
* | "Invited by" |
*
* @param {Team_Invited_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invited_by = /** @type {((inputs?: Team_Invited_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invited_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_invited_by(inputs)
	return __en.team_invited_by(inputs)
});
/**
* | output |
* | --- |
* | "Joined" |
*
* @param {Team_JoinedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_joined = /** @type {((inputs?: Team_JoinedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_JoinedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_joined(inputs)
	return __en.team_joined(inputs)
});
/**
* | output |
* | --- |
* | "Last active" |
*
* @param {Team_Last_ActiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_last_active = /** @type {((inputs?: Team_Last_ActiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Last_ActiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_last_active(inputs)
	return __en.team_last_active(inputs)
});
/**
* | output |
* | --- |
* | "Leave" |
*
* @param {Team_LeaveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_leave = /** @type {((inputs?: Team_LeaveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_LeaveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_leave(inputs)
	return __en.team_leave(inputs)
});
/**
* | output |
* | --- |
* | "Leave this workspace? You lose access to its deals at once." |
*
* @param {Team_Leave_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_leave_confirm = /** @type {((inputs?: Team_Leave_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Leave_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_leave_confirm(inputs)
	return __en.team_leave_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Link" |
*
* @param {Team_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_link = /** @type {((inputs?: Team_LinkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_LinkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_link(inputs)
	return __en.team_link(inputs)
});
/**
* | output |
* | --- |
* | "The mail could not be sent ({reason}). The invitation stays: copy the link and send it yourself." |
*
* @param {Team_Mail_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_mail_failed = /** @type {((inputs: Team_Mail_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Mail_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_mail_failed(inputs)
	return __en.team_mail_failed(inputs)
});
/**
* | output |
* | --- |
* | "We mailed it the link." |
*
* @param {Team_Mail_SentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_mail_sent = /** @type {((inputs?: Team_Mail_SentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Mail_SentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_mail_sent(inputs)
	return __en.team_mail_sent(inputs)
});
/**
* | output |
* | --- |
* | "People in this workspace ({count})" |
*
* @param {Team_MembersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_members = /** @type {((inputs: Team_MembersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_MembersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_members(inputs)
	return __en.team_members(inputs)
});
/**
* | output |
* | --- |
* | "Team name" |
*
* @param {Team_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_name = /** @type {((inputs?: Team_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_name(inputs)
	return __en.team_name(inputs)
});
/**
* | output |
* | --- |
* | "never" |
*
* @param {Team_NeverInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_never = /** @type {((inputs?: Team_NeverInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_NeverInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_never(inputs)
	return __en.team_never(inputs)
});
/**
* | output |
* | --- |
* | "Pending invitations" |
*
* @param {Team_PendingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_pending = /** @type {((inputs?: Team_PendingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_PendingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_pending(inputs)
	return __en.team_pending(inputs)
});
/**
* | output |
* | --- |
* | "No pending invitations." |
*
* @param {Team_Pending_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_pending_none = /** @type {((inputs?: Team_Pending_NoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Pending_NoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_pending_none(inputs)
	return __en.team_pending_none(inputs)
});
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Team_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_remove = /** @type {((inputs?: Team_RemoveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_RemoveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_remove(inputs)
	return __en.team_remove(inputs)
});
/**
* | output |
* | --- |
* | "Remove {name} from this workspace? Their access to its deals ends at once; their comments stay." |
*
* @param {Team_Remove_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_remove_confirm = /** @type {((inputs: Team_Remove_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Remove_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_remove_confirm(inputs)
	return __en.team_remove_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Removed. Their open deals were closed for them." |
*
* @param {Team_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_removed = /** @type {((inputs?: Team_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_removed(inputs)
	return __en.team_removed(inputs)
});
/**
* | output |
* | --- |
* | "Reset link" |
*
* @param {Team_Reset_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_reset_link = /** @type {((inputs?: Team_Reset_LinkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Reset_LinkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_reset_link(inputs)
	return __en.team_reset_link(inputs)
});
/**
* | output |
* | --- |
* | "Password reset link for {name}: it works once, for one hour. Send it to them yourself." |
*
* @param {Team_Reset_Link_MadeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_reset_link_made = /** @type {((inputs: Team_Reset_Link_MadeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Reset_Link_MadeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_reset_link_made(inputs)
	return __en.team_reset_link_made(inputs)
});
/**
* | output |
* | --- |
* | "Revoke" |
*
* @param {Team_RevokeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_revoke = /** @type {((inputs?: Team_RevokeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_RevokeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_revoke(inputs)
	return __en.team_revoke(inputs)
});
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Team_RoleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_role = /** @type {((inputs?: Team_RoleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_RoleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_role(inputs)
	return __en.team_role(inputs)
});
/**
* | output |
* | --- |
* | "Role changed." |
*
* @param {Team_Role_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_role_changed = /** @type {((inputs?: Team_Role_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Role_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_role_changed(inputs)
	return __en.team_role_changed(inputs)
});
/**
* | output |
* | --- |
* | "Role of {name}" |
*
* @param {Team_Role_OfInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_role_of = /** @type {((inputs: Team_Role_OfInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Role_OfInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_role_of(inputs)
	return __en.team_role_of(inputs)
});
/**
* | output |
* | --- |
* | "Share this link by hand; it works once, for 7 days." |
*
* @param {Team_Share_By_HandInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_share_by_hand = /** @type {((inputs?: Team_Share_By_HandInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Share_By_HandInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_share_by_hand(inputs)
	return __en.team_share_by_hand(inputs)
});
/**
* | output |
* | --- |
* | "Members" |
*
* @param {Team_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_title = /** @type {((inputs?: Team_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_title(inputs)
	return __en.team_title(inputs)
});
/**
* | output |
* | --- |
* | "Make owner" |
*
* @param {Team_TransferInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_transfer = /** @type {((inputs?: Team_TransferInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_TransferInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_transfer(inputs)
	return __en.team_transfer(inputs)
});
/**
* | output |
* | --- |
* | "Hand ownership to {name}? You become a manager." |
*
* @param {Team_Transfer_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_transfer_confirm = /** @type {((inputs: Team_Transfer_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Transfer_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_transfer_confirm(inputs)
	return __en.team_transfer_confirm(inputs)
});
/**
* | output |
* | --- |
* | "Ownership handed over. You are now a manager." |
*
* @param {Team_TransferredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_transferred = /** @type {((inputs?: Team_TransferredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_TransferredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_transferred(inputs)
	return __en.team_transferred(inputs)
});
/**
* | output |
* | --- |
* | "you" |
*
* @param {Team_YouInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_you = /** @type {((inputs?: Team_YouInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_YouInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.team_you(inputs)
	return __en.team_you(inputs)
});
/**
* | output |
* | --- |
* | "Add a competitor" |
*
* @param {Template_Add_CompetitorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_add_competitor = /** @type {((inputs?: Template_Add_CompetitorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Add_CompetitorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_add_competitor(inputs)
	return __en.template_add_competitor(inputs)
});
/**
* | output |
* | --- |
* | "Add item" |
*
* @param {Template_Add_ItemInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_add_item = /** @type {((inputs?: Template_Add_ItemInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Add_ItemInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_add_item(inputs)
	return __en.template_add_item(inputs)
});
/**
* | output |
* | --- |
* | "Add a resource" |
*
* @param {Template_Add_ResourceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_add_resource = /** @type {((inputs?: Template_Add_ResourceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Add_ResourceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_add_resource(inputs)
	return __en.template_add_resource(inputs)
});
/**
* | output |
* | --- |
* | "Stage checklist" |
*
* @param {Template_Checklist_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_checklist_title = /** @type {((inputs?: Template_Checklist_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Checklist_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_checklist_title(inputs)
	return __en.template_checklist_title(inputs)
});
/**
* | output |
* | --- |
* | "Competitors this team often meets. Each deal’s competition block offers them in one click." |
*
* @param {Template_Competitors_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_competitors_intro = /** @type {((inputs?: Template_Competitors_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Competitors_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_competitors_intro(inputs)
	return __en.template_competitors_intro(inputs)
});
/**
* | output |
* | --- |
* | "Usual competitors" |
*
* @param {Template_Competitors_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_competitors_title = /** @type {((inputs?: Template_Competitors_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Competitors_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_competitors_title(inputs)
	return __en.template_competitors_title(inputs)
});
/**
* | output |
* | --- |
* | "New deals start with these items in their stage checklist. Existing deals keep theirs." |
*
* @param {Template_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_intro = /** @type {((inputs?: Template_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_intro(inputs)
	return __en.template_intro(inputs)
});
/**
* | output |
* | --- |
* | "Every item needs a text. Check the items and save again." |
*
* @param {Template_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_invalid = /** @type {((inputs?: Template_InvalidInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_InvalidInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_invalid(inputs)
	return __en.template_invalid(inputs)
});
/**
* | output |
* | --- |
* | "Required" |
*
* @param {Template_RequiredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_required = /** @type {((inputs?: Template_RequiredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_RequiredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_required(inputs)
	return __en.template_required(inputs)
});
/**
* | output |
* | --- |
* | "People and assets this team often brings into a deal. Each deal’s resources plan offers them in one click." |
*
* @param {Template_Resources_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_resources_intro = /** @type {((inputs?: Template_Resources_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Resources_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_resources_intro(inputs)
	return __en.template_resources_intro(inputs)
});
/**
* | output |
* | --- |
* | "Resources we bring" |
*
* @param {Template_Resources_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_resources_title = /** @type {((inputs?: Template_Resources_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Resources_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_resources_title(inputs)
	return __en.template_resources_title(inputs)
});
/**
* | output |
* | --- |
* | "Deal template: exit criteria per stage" |
*
* @param {Template_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_title = /** @type {((inputs?: Template_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.template_title(inputs)
	return __en.template_title(inputs)
});
/**
* | output |
* | --- |
* | "New workspace" |
*
* @param {Ws_CreateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_create = /** @type {((inputs?: Ws_CreateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_CreateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_create(inputs)
	return __en.ws_create(inputs)
});
/**
* | output |
* | --- |
* | "You are not a member of any workspace now. Create one, or ask a colleague for an invitation." |
*
* @param {Ws_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_none = /** @type {((inputs?: Ws_NoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_NoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_none(inputs)
	return __en.ws_none(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Ws_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_open = /** @type {((inputs?: Ws_OpenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_OpenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_open(inputs)
	return __en.ws_open(inputs)
});
/**
* | output |
* | --- |
* | "Manager" |
*
* @param {Ws_Role_ManagerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_role_manager = /** @type {((inputs?: Ws_Role_ManagerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_Role_ManagerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_role_manager(inputs)
	return __en.ws_role_manager(inputs)
});
/**
* | output |
* | --- |
* | "Member" |
*
* @param {Ws_Role_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_role_member = /** @type {((inputs?: Ws_Role_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_Role_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_role_member(inputs)
	return __en.ws_role_member(inputs)
});
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Ws_Role_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_role_owner = /** @type {((inputs?: Ws_Role_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_Role_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_role_owner(inputs)
	return __en.ws_role_owner(inputs)
});
/**
* | output |
* | --- |
* | "Switch workspace" |
*
* @param {Ws_SwitchInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_switch = /** @type {((inputs?: Ws_SwitchInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_SwitchInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_switch(inputs)
	return __en.ws_switch(inputs)
});
/**
* | output |
* | --- |
* | "Your workspaces" |
*
* @param {Ws_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_title = /** @type {((inputs?: Ws_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.ws_title(inputs)
	return __en.ws_title(inputs)
});
/**
* | output |
* | --- |
* | "Your name" |
*
* @param {Your_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const your_name = /** @type {((inputs?: Your_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Your_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return __zh_cn2.your_name(inputs)
	return __en.your_name(inputs)
});